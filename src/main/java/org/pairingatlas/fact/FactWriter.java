package org.pairingatlas.fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.audit.AuditLog;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.Checks;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.edit.SourceInput;
import org.pairingatlas.base.edit.UserError;
import org.pairingatlas.security.Visibility;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every fact, whichever mutation, form or import asks: one transaction that
 * authorises the writer before anything about the target is looked at, validates the
 * input, resolves the ids it names (as the writer may see them), keeps the fact unique
 * under a lock, writes, cites, checks the writer's remit and audits. A refusal at any
 * step rolls the whole edit back.
 */
@Service
public class FactWriter {

	private final GraphEdits graph;

	private final WritePermissions permissions;

	private final AuditLog audit;

	private final Visibility visibility;

	FactWriter(GraphEdits graph, WritePermissions permissions, AuditLog audit, Visibility visibility) {
		this.graph = graph;
		this.permissions = permissions;
		this.audit = audit;
		this.visibility = visibility;
	}

	/**
	 * Records a new fact as its kind describes it from the input; returns its key.
	 * @param describe checks the input (adding refusals to the checks) and says what to
	 * write
	 */
	@Transactional
	public String create(Actor actor, Function<Checks, NewFact> describe) {
		WritePermissions.requireEditor(actor);
		Checks checks = new Checks();
		NewFact fact = describe.apply(checks);
		if (!fact.isItsOwnSource()) {
			SourceInput.require(checks, fact.source());
		}
		List<Reference> references = new ArrayList<>(fact.references());
		Map<String, Set<String>> labels = resolve(references, fact.source());
		references.forEach((reference) -> GraphEdits.requireKind(checks, labels, reference));
		if (fact.source() != null) {
			this.graph.requireSource(checks, labels, fact.source());
		}
		checks.throwIfAny();
		fact.graphChecks().forEach(Runnable::run);
		keepUnique(fact.uniqueness());
		String key = GraphEdits.newKey(fact.keyPrefix());
		this.graph.create(fact, key);
		if (fact.source() != null) {
			this.graph.cite(key, fact.source());
		}
		this.permissions.require(actor, key);
		Map<String, Object> after = fact.properties().asMap();
		fact.referenced().forEach((field, value) -> {
			if (value != null) {
				after.put(field, value);
			}
		});
		after.put("version", 1);
		this.audit.record(actor.name(), fact.action(), fact.label(), key, null, after);
		return key;
	}

	/**
	 * Changes a fact as its kind describes it from the input: locked at the version the
	 * editor read, the changes worked out from it as stored; returns its key.
	 * @param describe checks the input (adding refusals to the checks) and says what
	 * changes
	 */
	@Transactional
	public String change(Actor actor, Function<Checks, FactChange> describe) {
		WritePermissions.requireEditor(actor);
		Checks checks = new Checks();
		FactChange edit = describe.apply(checks);
		if (edit.source() != null) {
			edit.source().check(checks, "source");
		}
		checks.throwIfAny();
		Map<String, Object> before = this.graph.lock(edit.label(), edit.key(), edit.expectedVersion(),
				this.visibility.unconfirmed());
		PropertyValues changes = new PropertyValues();
		Checks after = new Checks();
		edit.changes().apply(before, changes, after);
		if (edit.source() != null) {
			this.graph.requireSource(after, resolve(List.of(), edit.source()), edit.source());
		}
		after.throwIfAny();
		Map<String, Object> changed = new HashMap<>(before);
		changed.putAll(changes.asMap());
		keepUnique(edit.uniqueness(changed));
		this.graph.update(edit.label(), edit.key(), changes.asMap());
		if (edit.source() != null) {
			this.graph.cite(edit.key(), edit.source());
		}
		this.permissions.require(actor, edit.key());
		changed.put("version", ((Number) before.getOrDefault("version", 0)).intValue() + 1);
		this.audit.record(actor.name(), edit.action(), edit.label(), edit.key(), before, changed);
		return edit.key();
	}

	/**
	 * Attaches a further source to a fact already in the graph, of one of these labels;
	 * returns its key.
	 */
	@Transactional
	public String cite(Actor actor, @Nullable String id, @Nullable SourceInput source, Set<String> labels) {
		WritePermissions.requireEditor(actor);
		Checks checks = new Checks();
		String key = checks.key("id", id);
		if (source == null) {
			checks.invalid("source", null, "is required");
		}
		else {
			source.check(checks, "source");
		}
		Reference fact = new Reference("id", key, labels, true);
		Map<String, Set<String>> found = resolve(List.of(fact), source);
		GraphEdits.requireKind(checks, found, fact);
		if (source != null) {
			this.graph.requireSource(checks, found, source);
		}
		checks.throwIfAny();
		this.graph.cite(key, source);
		this.permissions.require(actor, key);
		String label = found.get(key).stream().filter(labels::contains).sorted().findFirst().orElse("Entity");
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("source", source.document());
		after.put("excerpt", source.excerpt().strip());
		this.audit.record(actor.name(), "attachSource", label, key, Map.of(), after);
		return key;
	}

	/**
	 * Refuses anyone who may not edit at all, before anything else is looked at: for work
	 * that leads to edits (an import's preview) as for the edits themselves.
	 */
	public static void requireEditor(Actor actor) {
		WritePermissions.requireEditor(actor);
	}

	/**
	 * Which of these facts, not yet written, would lie outside the actor's remit (by
	 * their index): asked before writing, so an import's preview can say so by row.
	 */
	public Set<Integer> outsideRemit(Actor actor, List<Remit> remits) {
		return remits.isEmpty() ? Set.of() : this.permissions.outside(actor, remits);
	}

	/**
	 * Withdraws a fact recorded by mistake (an import rolled back): only as it was
	 * recorded (at this version) and while nothing recorded since builds on it; its audit
	 * trail, and the entry telling of its withdrawal, move to the node that keeps its
	 * story.
	 * @param keptOn the key of the node keeping the story (the import)
	 */
	@Transactional
	public void withdraw(Actor actor, String label, String key, int version, String action, String keptOn) {
		WritePermissions.requireEditor(actor);
		Map<String, Object> before = this.graph.lock(label, key, version, true);
		this.permissions.require(actor, key);
		if (this.graph.leaningOn(key) > 0) {
			throw new EditRefused(new UserError("id", key, "IN_USE", "id '" + key + "': the " + label.toLowerCase()
					+ " has facts recorded since that build on it; withdraw them first"));
		}
		this.audit.record(actor.name(), action, label, key, before, Map.of());
		this.graph.withdraw(key, keptOn);
	}

	/**
	 * Sets a changed fact back to the values it had (a null removes a value), only while
	 * it is at the version the change left, and takes back the source that change cited.
	 */
	@Transactional
	public void revert(Actor actor, String label, String key, int version, Map<String, @Nullable Object> values,
			SourceInput cited, String action) {
		WritePermissions.requireEditor(actor);
		Map<String, Object> before = this.graph.lock(label, key, version, true);
		this.graph.restore(label, key, values);
		this.graph.uncite(key, cited);
		this.permissions.require(actor, key);
		Map<String, Object> after = new HashMap<>(before);
		values.forEach((field, value) -> {
			if (value == null) {
				after.remove(field);
			}
			else {
				after.put(field, value);
			}
		});
		after.put("version", version + 1);
		this.audit.record(actor.name(), action, label, key, before, after);
	}

	private Map<String, Set<String>> resolve(List<Reference> references, @Nullable SourceInput source) {
		List<String> keys = new ArrayList<>();
		references.stream().map(Reference::key).filter(java.util.Objects::nonNull).forEach(keys::add);
		if (source != null && source.document() != null) {
			keys.add(source.document());
		}
		return keys.isEmpty() ? Map.of() : this.graph.labelsOf(keys, this.visibility.unconfirmed());
	}

	// Every node any rule names is locked first, in one order, so two writers never wait
	// on each other's second lock.
	private void keepUnique(List<Uniqueness> rules) {
		if (rules.isEmpty()) {
			return;
		}
		this.graph.lockAll(rules.stream().flatMap((rule) -> rule.locked().stream()).toList());
		for (Uniqueness rule : rules) {
			String existing = this.graph.duplicate(rule);
			if (existing != null) {
				throw new EditRefused(rule.refusal().apply(existing));
			}
		}
	}

}
