package org.pairingatlas.fact;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.Checks;
import org.pairingatlas.base.edit.DocumentTexts;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.edit.SourceInput;
import org.pairingatlas.base.edit.UserError;
import org.pairingatlas.base.edit.ValueRules;
import org.pairingatlas.security.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The graph operations of the {@link FactWriter}, run inside its transaction: what the
 * named ids are, locking nodes and checking a version (optimistic locking), writing
 * properties and citing a source.
 */
@Component
class GraphEdits {

	// A node the writer may not see answers as one that does not exist.
	private static final String LABELS = """
			UNWIND $keys AS key
			MATCH (n:Entity {key: key})
			WHERE %s
			RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Entity'] AS labels
			""".formatted(Visibility.rule("n"));

	// Writing a property takes the node's write lock before its version is read, so two
	// edits of the same node are serialised and the second sees the first's version;
	// removing it again in the same statement keeps the lock and leaves nothing behind.
	// (Re-writing an unchanged value does not lock early enough: concurrent edits then
	// deadlock.)
	private static final String LOCK = """
			MATCH (n:Entity {key: $key})
			WHERE $label IN labels(n) AND %s
			SET n.lockedBy = $lock
			REMOVE n.lockedBy
			RETURN coalesce(n.version, 0) AS version, properties(n) AS properties
			""".formatted(Visibility.rule("n"));

	// The same lock on several nodes, taken in the order given (callers sort the keys, so
	// two writers never wait on each other's second node).
	private static final String LOCK_ALL = """
			UNWIND $keys AS key
			MATCH (n:Entity {key: key})
			SET n.lockedBy = $lock
			REMOVE n.lockedBy
			""";

	private static final String UPDATE = """
			MATCH (n:Entity {key: $key})
			WHERE $label IN labels(n)
			SET n += $properties, n.version = coalesce(n.version, 0) + 1
			""";

	// Something other than the audit trail now points at the node: a fact recorded since
	// builds on it, so it is not withdrawn under that fact.
	private static final String LEANED_ON = """
			MATCH (n:Entity {key: $key})<-[r]-(other)
			WHERE NOT other:AuditEntry
			RETURN count(r) AS leaning
			""";

	// The audit trail of a withdrawn fact moves to the node that keeps its story (the
	// import that recorded it), so the log still tells what happened.
	private static final String WITHDRAW = """
			MATCH (n:Entity {key: $key})
			CALL () {
			  MATCH (k:Entity {key: $keptOn}) RETURN k
			  UNION
			  MATCH (k:SheetImport {key: $keptOn}) RETURN k
			}
			OPTIONAL MATCH (a:AuditEntry)-[:CHANGED]->(n)
			FOREACH (entry IN CASE WHEN a IS NULL THEN [] ELSE [a] END | MERGE (entry)-[:CHANGED]->(k))
			WITH DISTINCT n
			DETACH DELETE n
			""";

	private static final String UNCITE = """
			MATCH (:Entity {key: $key})-[c:CITES {excerpt: $excerpt}]->(:Source {key: $source})
			DELETE c
			""";

	private static final String CITE = """
			MATCH (n:Entity {key: $key})
			WITH n
			MATCH (s:Source {key: $source})
			MERGE (n)-[c:CITES {excerpt: $excerpt}]->(s)
			ON CREATE SET c.origin = 'edit', c.at = datetime()
			""";

	private final Neo4jClient client;

	private final DocumentTexts documents;

	GraphEdits(Neo4jClient client, DocumentTexts documents) {
		this.client = client;
		this.documents = documents;
	}

	/** The labels of each id that exists and that the writer may see. */
	Map<String, Set<String>> labelsOf(Collection<String> keys, boolean unconfirmed) {
		Map<String, Set<String>> labels = new HashMap<>();
		this.client.query(LABELS)
			.bindAll(Map.of("keys", List.copyOf(keys), Visibility.PARAMETER, unconfirmed))
			.fetch()
			.all()
			.forEach((row) -> {
				@SuppressWarnings("unchecked")
				List<String> list = (List<String>) row.get("labels");
				labels.put((String) row.get("key"), Set.copyOf(list));
			});
		return labels;
	}

	/** Checks that a referenced id exists with one of the allowed labels. */
	static void requireKind(Checks checks, Map<String, Set<String>> labels, Reference reference) {
		String field = reference.field();
		String key = reference.key();
		if (key == null) {
			if (reference.required()) {
				checks.invalid(field, null, "is required");
			}
			return;
		}
		Set<String> found = labels.get(key);
		if (found == null) {
			checks.fail(field, key, "UNKNOWN_ID", field + " '" + key + "': nothing has this id");
		}
		else if (found.stream().noneMatch(reference.labels()::contains)) {
			checks.fail(field, key, "INVALID", field + " '" + key + "': is not a "
					+ String.join(" or ", reference.labels().stream().sorted().map(String::toLowerCase).toList()));
		}
	}

	/**
	 * Checks that a given source names a document or page that exists and, where the
	 * document's text is held here, that the excerpt stands in it.
	 */
	void requireSource(Checks checks, Map<String, Set<String>> labels, SourceInput source) {
		requireKind(checks, labels, new Reference("source.document", source.document(), Set.of("Source"), true));
		String document = source.document();
		String excerpt = source.excerpt();
		boolean excerptRefused = checks.errors().stream().anyMatch((e) -> e.field().endsWith("source.excerpt"));
		if (document != null && excerpt != null && !excerptRefused
				&& labels.getOrDefault(document, Set.of()).contains("Source")
				&& !this.documents.stands(document, excerpt)) {
			checks.fail("source.excerpt", ValueRules.visible(excerpt), "NOT_IN_SOURCE",
					"source.excerpt does not stand in the text of " + document
							+ "; quote the words of the document that state the fact");
		}
	}

	/**
	 * Locks a node for this transaction and refuses the edit unless its version is the
	 * one the editor read; returns its properties as they were.
	 */
	Map<String, Object> lock(String label, String key, int expectedVersion, boolean unconfirmed) {
		Map<String, Object> row = this.client.query(LOCK)
			.bindAll(Map.of("key", key, "label", label, "lock", UUID.randomUUID().toString(), Visibility.PARAMETER,
					unconfirmed))
			.fetch()
			.one()
			.orElseThrow(() -> new EditRefused(new UserError("id", key, "UNKNOWN_ID",
					"id '" + key + "': no " + label.toLowerCase() + " has this id")));
		int version = ((Number) row.get("version")).intValue();
		if (version != expectedVersion) {
			throw new EditRefused(new UserError("expectedVersion", String.valueOf(expectedVersion), "CONFLICT",
					"the " + label.toLowerCase() + " was changed (now version " + version + ") since version "
							+ expectedVersion + " was read; reload it and apply the edit again"));
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> properties = new HashMap<>((Map<String, Object>) row.get("properties"));
		return properties;
	}

	/** Locks these nodes for this transaction, in the order of their keys. */
	void lockAll(Collection<String> keys) {
		this.client.query(LOCK_ALL)
			.bindAll(Map.of("keys", keys.stream().distinct().sorted().toList(), "lock", UUID.randomUUID().toString()))
			.run();
	}

	/** The key of a fact the new or changed one would duplicate, if any. */
	@Nullable String duplicate(Uniqueness uniqueness) {
		return this.client.query(uniqueness.duplicate())
			.bindAll(uniqueness.parameters())
			.fetch()
			.first()
			.map((row) -> (String) row.get("key"))
			.orElse(null);
	}

	void create(NewFact fact, String key) {
		Map<String, @Nullable Object> parameters = new HashMap<>(fact.referenced());
		parameters.putAll(fact.parameters());
		parameters.put("key", key);
		parameters.put("properties", fact.properties().asMap());
		this.client.query(fact.cypher()).bindAll(parameters).run();
	}

	void update(String label, String key, Map<String, Object> properties) {
		this.client.query(UPDATE).bindAll(Map.of("key", key, "label", label, "properties", properties)).run();
	}

	void cite(String key, SourceInput source) {
		this.client.query(CITE)
			.bindAll(Map.of("key", key, "source", source.document(), "excerpt", source.excerpt().strip()))
			.run();
	}

	/** How many relationships other than audit entries point at the node. */
	long leaningOn(String key) {
		return this.client.query(LEANED_ON).bind(key).to("key").fetchAs(Long.class).one().orElse(0L);
	}

	/** Deletes the node, its audit entries moved to the node keeping its story. */
	void withdraw(String key, String keptOn) {
		this.client.query(WITHDRAW).bindAll(Map.of("key", key, "keptOn", keptOn)).run();
	}

	/** Sets properties back (a null removes one), the version counted on. */
	void restore(String label, String key, Map<String, @Nullable Object> properties) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("key", key);
		parameters.put("label", label);
		parameters.put("properties", properties);
		this.client.query(UPDATE).bindAll(parameters).run();
	}

	void uncite(String key, SourceInput source) {
		this.client.query(UNCITE)
			.bindAll(Map.of("key", key, "source", source.document(), "excerpt", source.excerpt().strip()))
			.run();
	}

	/** A new key for an entity created by an edit. */
	static String newKey(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
	}

}
