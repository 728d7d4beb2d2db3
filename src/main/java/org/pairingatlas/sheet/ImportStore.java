package org.pairingatlas.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Keeps imports in the graph beside the facts (not among them): an import with its file's
 * hash, who uploaded it and its outcome, and its rows with their cells, text and outcome,
 * so that a preview can be committed later, from another server, and read through
 * GraphQL.
 */
@Component
class ImportStore {

	private static final int BATCH = 5000;

	private static final String CREATE = """
			CREATE (i:SheetImport {key: $key})
			SET i += $properties, i.uploadedAt = datetime(), i.status = 'previewed'
			""";

	private static final String ADD_ROWS = """
			MATCH (i:SheetImport {key: $key})
			UNWIND $rows AS row
			CREATE (i)-[:HAS_ROW]->(r:ImportRow)
			SET r = row
			""";

	// The lock on the import serialises commits and rollbacks of it.
	private static final String LOCK = """
			MATCH (i:SheetImport {key: $key})
			SET i.lockedBy = $lock
			REMOVE i.lockedBy
			RETURN i.status AS status
			""";

	private static final String ROWS = """
			MATCH (:SheetImport {key: $key})-[:HAS_ROW]->(r:ImportRow)
			RETURN r.number AS number, r.cells AS cells, r.text AS text, r.readReasons AS readReasons,
			       r.outcome AS outcome, r.fact AS fact, r.label AS label, r.written AS written,
			       r.version AS version, r.restore AS restore, r.before AS before
			ORDER BY r.number
			""";

	private static final String UPDATE_ROWS = """
			UNWIND $rows AS row
			MATCH (r:ImportRow {key: row.key})
			SET r += row
			""";

	private static final String HEADER = """
			MATCH (i:SheetImport {key: $key})
			RETURN properties(i) AS i
			""";

	private static final String SET = """
			MATCH (i:SheetImport {key: $key})
			SET i += $properties
			""";

	private static final String CLEAR_WRITTEN = """
			MATCH (:SheetImport {key: $key})-[:HAS_ROW]->(r:ImportRow)
			WHERE r.fact IS NOT NULL
			REMOVE r.fact, r.label, r.written, r.version, r.restore, r.before
			""";

	// A preview left uncommitted past its time goes, rows first, a batch at a time.
	private static final String STALE_ROWS = """
			MATCH (i:SheetImport {status: 'previewed'})-[:HAS_ROW]->(r:ImportRow)
			WHERE i.uploadedAt < datetime($before)
			WITH r LIMIT 10000
			DETACH DELETE r
			RETURN count(*) AS removed
			""";

	private static final String STALE_IMPORTS = """
			MATCH (i:SheetImport {status: 'previewed'})
			WHERE i.uploadedAt < datetime($before) AND NOT (i)-[:HAS_ROW]->()
			DETACH DELETE i
			""";

	private static final String VERSIONS = """
			UNWIND $keys AS key
			MATCH (n:Entity {key: key})
			RETURN n.key AS key, coalesce(n.version, 0) AS version
			""";

	private final Neo4jClient client;

	ImportStore(Neo4jClient client) {
		this.client = client;
	}

	String create(Map<String, Object> properties) {
		String key = "import-" + UUID.randomUUID().toString().substring(0, 13);
		this.client.query(CREATE).bindAll(Map.of("key", key, "properties", properties)).run();
		return key;
	}

	void addRows(String importKey, List<Map<String, Object>> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			this.client.query(ADD_ROWS).bindAll(Map.of("key", importKey, "rows", batch)).run();
		}
	}

	/** The import's own properties, if it exists. */
	@SuppressWarnings("unchecked")
	Optional<Map<String, Object>> header(String importKey) {
		return this.client.query(HEADER)
			.bind(importKey)
			.to("key")
			.fetch()
			.one()
			.map((row) -> (Map<String, Object>) row.get("i"));
	}

	/** Locks the import for this transaction; its status, if it exists. */
	Optional<String> lock(String importKey) {
		return this.client.query(LOCK)
			.bindAll(Map.of("key", importKey, "lock", UUID.randomUUID().toString()))
			.fetchAs(String.class)
			.one();
	}

	List<Map<String, Object>> rows(String importKey) {
		return new ArrayList<>(this.client.query(ROWS).bind(importKey).to("key").fetch().all());
	}

	void updateRows(List<Map<String, @Nullable Object>> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			this.client.query(UPDATE_ROWS)
				.bind(rows.subList(from, Math.min(rows.size(), from + BATCH)))
				.to("rows")
				.run();
		}
	}

	void set(String importKey, Map<String, @Nullable Object> properties) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("key", importKey);
		parameters.put("properties", properties);
		this.client.query(SET).bindAll(parameters).run();
	}

	/** Removes previews uploaded before this instant and never committed. */
	void removePreviewsBefore(String before) {
		long removed;
		do {
			removed = this.client.query(STALE_ROWS).bind(before).to("before").fetchAs(Long.class).one().orElse(0L);
		}
		while (removed > 0);
		this.client.query(STALE_IMPORTS).bind(before).to("before").run();
	}

	/** Forgets what the import's rows wrote (after those facts were taken back). */
	void clearWritten(String importKey) {
		this.client.query(CLEAR_WRITTEN).bind(importKey).to("key").run();
	}

	Map<String, Integer> versions(List<String> keys) {
		Map<String, Integer> versions = new HashMap<>();
		for (int from = 0; from < keys.size(); from += BATCH) {
			this.client.query(VERSIONS)
				.bind(keys.subList(from, Math.min(keys.size(), from + BATCH)))
				.to("keys")
				.fetch()
				.all()
				.forEach((row) -> versions.put((String) row.get("key"), ((Number) row.get("version")).intValue()));
		}
		return versions;
	}

}
