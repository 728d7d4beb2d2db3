package org.pairingatlas.base.edit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * The graph operations edits share, run inside the caller's transaction: what the
 * referenced ids are, locking a node and checking its version (optimistic locking),
 * citing a source, and reading a node's properties for the audit trail.
 */
@Service
public class GraphEdits {

	private static final String LABELS = """
			UNWIND $keys AS key
			MATCH (n:Entity {key: key})
			RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Entity'] AS labels
			""";

	// Writing a property takes the node's write lock before its version is read, so two
	// edits of the same node are serialised and the second sees the first's version;
	// removing it again in the same statement keeps the lock and leaves nothing behind.
	// (Re-writing an unchanged value does not lock early enough: concurrent edits then
	// deadlock.)
	private static final String LOCK = """
			MATCH (n:Entity {key: $key})
			WHERE $label IN labels(n)
			SET n.lockedBy = $lock
			REMOVE n.lockedBy
			RETURN coalesce(n.version, 0) AS version, properties(n) AS properties
			""";

	private static final String CITE = """
			MATCH (n:Entity {key: $key}), (s:Source {key: $source})
			MERGE (n)-[c:CITES {excerpt: $excerpt}]->(s)
			ON CREATE SET c.origin = 'edit', c.at = datetime()
			""";

	private final Neo4jClient client;

	private final DocumentTexts documents;

	GraphEdits(Neo4jClient client, DocumentTexts documents) {
		this.client = client;
		this.documents = documents;
	}

	/** The labels of each id that exists. */
	public Map<String, Set<String>> labelsOf(Collection<String> keys) {
		Map<String, Set<String>> labels = new HashMap<>();
		this.client.query(LABELS).bind(List.copyOf(keys)).to("keys").fetch().all().forEach((row) -> {
			@SuppressWarnings("unchecked")
			List<String> list = (List<String>) row.get("labels");
			labels.put((String) row.get("key"), Set.copyOf(list));
		});
		return labels;
	}

	/** The labels of each of these ids that exists; absent ids (null) are skipped. */
	public Map<String, Set<String>> labelsOfAny(@Nullable String... keys) {
		return labelsOf(java.util.Arrays.stream(keys).filter(java.util.Objects::nonNull).distinct().toList());
	}

	/** Puts a property into a map of properties to write, unless it has no value. */
	public static void putIfPresent(Map<String, Object> properties, String key, @Nullable Object value) {
		if (value != null) {
			properties.put(key, value);
		}
	}

	/** Checks that each referenced id exists with one of the allowed labels. */
	public void requireKinds(Checks checks, Map<String, Set<String>> labels, String field, @Nullable String key,
			Set<String> allowed, boolean required) {
		if (key == null) {
			if (required) {
				checks.invalid(field, null, "is required");
			}
			return;
		}
		Set<String> found = labels.get(key);
		if (found == null) {
			checks.fail(field, key, "UNKNOWN_ID", field + " '" + key + "': nothing has this id");
		}
		else if (found.stream().noneMatch(allowed::contains)) {
			checks.fail(field, key, "INVALID", field + " '" + key + "': is not a "
					+ String.join(" or ", allowed.stream().sorted().map(String::toLowerCase).toList()));
		}
	}

	/**
	 * Checks that a given source names a document or page that exists and, where the
	 * document's text is held here, that the excerpt stands in it.
	 */
	public void requireSource(Checks checks, Map<String, Set<String>> labels, @Nullable SourceInput source) {
		if (source != null) {
			requireKinds(checks, labels, "source.document", source.document(), Set.of("Source"), true);
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
	}

	/**
	 * Locks a node for this transaction and refuses the edit unless its version is the
	 * one the editor read; returns its properties as they were.
	 */
	public Map<String, Object> lock(String label, String key, int expectedVersion) {
		Map<String, Object> row = this.client.query(LOCK)
			.bindAll(Map.of("key", key, "label", label, "lock", UUID.randomUUID().toString()))
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

	public void cite(String key, String source, String excerpt) {
		this.client.query(CITE).bindAll(Map.of("key", key, "source", source, "excerpt", excerpt)).run();
	}

	/** A new key for an entity created by an edit. */
	public static String newKey(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
	}

}
