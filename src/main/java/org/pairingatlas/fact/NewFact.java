package org.pairingatlas.fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.SourceInput;

/**
 * A fact to record, as its kind describes it to the {@link FactWriter}: its properties,
 * the ids it names, its source, its Cypher and what makes it unique. The Cypher receives
 * {@code $key}, {@code $properties} and each reference under its field's name.
 */
public final class NewFact {

	private final String label;

	private final String action;

	private final String keyPrefix;

	private final PropertyValues properties = new PropertyValues();

	private final List<Reference> references = new ArrayList<>();

	private final List<Runnable> graphChecks = new ArrayList<>();

	private @Nullable SourceInput source;

	private boolean citesItself;

	private final Map<String, @Nullable Object> parameters = new HashMap<>();

	private String cypher = "";

	private final List<Supplier<@Nullable Uniqueness>> uniqueness = new ArrayList<>();

	private NewFact(String label, String action, String keyPrefix) {
		this.label = label;
		this.action = action;
		this.keyPrefix = keyPrefix;
	}

	/**
	 * A new fact with this label, recorded by this action (as the audit trail names it),
	 * its key starting with this prefix.
	 */
	public static NewFact of(String label, String action, String keyPrefix) {
		return new NewFact(label, action, keyPrefix);
	}

	public PropertyValues properties() {
		return this.properties;
	}

	/** An id the fact names, checked to exist with one of these labels. */
	public NewFact refers(String field, @Nullable String key, Set<String> labels, boolean required) {
		this.references.add(new Reference(field, key, labels, required));
		return this;
	}

	/** The source the fact cites; required. */
	public NewFact cites(@Nullable SourceInput source) {
		this.source = source;
		return this;
	}

	/**
	 * A document is its own provenance: it cites no other source, and is checked by who
	 * registers it and its file.
	 */
	public NewFact citesItself() {
		this.citesItself = true;
		return this;
	}

	/** A further parameter of the Cypher, beyond the properties and references. */
	public NewFact with(String parameter, @Nullable Object value) {
		this.parameters.put(parameter, value);
		return this;
	}

	/** The Cypher that creates the fact. */
	public NewFact writtenBy(String cypher) {
		this.cypher = cypher;
		return this;
	}

	/**
	 * A check that asks the graph, run once every named id is known to exist; it refuses
	 * by throwing {@link org.pairingatlas.base.edit.EditRefused}.
	 */
	public NewFact checkedBy(Runnable check) {
		this.graphChecks.add(check);
		return this;
	}

	/**
	 * What makes the fact unique, asked once every named id is known to exist; a fact may
	 * be unique in more than one way.
	 */
	public NewFact uniqueBy(Supplier<@Nullable Uniqueness> uniqueness) {
		this.uniqueness.add(uniqueness);
		return this;
	}

	String label() {
		return this.label;
	}

	String action() {
		return this.action;
	}

	String keyPrefix() {
		return this.keyPrefix;
	}

	List<Reference> references() {
		return this.references;
	}

	List<Runnable> graphChecks() {
		return this.graphChecks;
	}

	@Nullable SourceInput source() {
		return this.source;
	}

	boolean isItsOwnSource() {
		return this.citesItself;
	}

	String cypher() {
		return this.cypher;
	}

	List<Uniqueness> uniqueness() {
		List<Uniqueness> rules = new ArrayList<>();
		this.uniqueness.forEach((rule) -> {
			Uniqueness unique = rule.get();
			if (unique != null) {
				rules.add(unique);
			}
		});
		return rules;
	}

	/** The references by field, as the Cypher and the audit trail receive them. */
	Map<String, @Nullable Object> referenced() {
		Map<String, @Nullable Object> keys = new HashMap<>();
		this.references.forEach((r) -> keys.put(r.field(), r.key()));
		return keys;
	}

	/** The further parameters of the Cypher. */
	Map<String, @Nullable Object> parameters() {
		return this.parameters;
	}

}
