package org.pairingatlas.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;
import org.pairingatlas.base.edit.SourceTexts;

/**
 * Writes one seed file inside the transaction it is given: nodes first, then every
 * reference is checked (it may point into the same file), then the relationships. Any
 * refusal throws, and the caller's transaction rolls the whole file back.
 */
final class SeedWriter {

	private static final String CLASHING_KEYS = """
			UNWIND $keys AS key
			MATCH (n:Entity {key: key})
			WHERE NOT $label IN labels(n)
			RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
			""";

	// A column the row leaves empty removes what an earlier seed wrote there, unless a
	// coordinator has since edited the node (it has a version): their edits stay.
	private static final String MERGE_NODES = """
			UNWIND $records AS record
			MERGE (n:Entity {key: record.key})
			SET n:$($label)
			SET n += CASE WHEN n.version IS NULL THEN record.properties ELSE record.present END
			""";

	private static final String TARGETS = """
			UNWIND $keys AS key
			MATCH (n:Entity {key: key})
			RETURN n.key AS key, labels(n) AS labels, n.levelRank AS levelRank, n.file AS file, n.unit AS unit
			""";

	private static final String DROP_SEED_LINKS = """
			UNWIND $keys AS key
			MATCH (:Entity {key: key})-[r]->()
			WHERE r.origin = 'seed'
			DELETE r
			""";

	private static final String MERGE_LINKS = """
			UNWIND $links AS link
			MATCH (a:Entity {key: link.from})
			MATCH (b:Entity {key: link.to})
			MERGE (a)-[r:$(link.type)]->(b)
			SET r += link.properties, r.origin = 'seed'
			""";

	private static final String MERGE_CITATIONS = """
			UNWIND $citations AS citation
			MATCH (a:Entity {key: citation.subject})
			MATCH (s:Source {key: citation.source})
			MERGE (a)-[r:CITES {excerpt: citation.excerpt}]->(s)
			SET r.origin = citation.origin
			""";

	private static final String RECORD_FILE = """
			MERGE (f:SeedFile {name: $name})
			SET f.kind = $kind, f.checksum = $checksum, f.rows = $rows, f.appliedAt = datetime()
			""";

	private final SourceTexts sourceTexts;

	SeedWriter(SourceTexts sourceTexts) {
		this.sourceTexts = sourceTexts;
	}

	void write(TransactionContext tx, SeedFile file, List<SeedRecord> records) {
		List<SeedRecord> nodes = records.stream().filter((r) -> !r.label().isEmpty()).toList();
		if (!nodes.isEmpty()) {
			refuseClashingKeys(tx, nodes);
			tx.run(MERGE_NODES,
					Map.of("label", nodes.get(0).label(), "records",
							nodes.stream()
								.map((r) -> Map.of("key", r.key(), "properties", r.properties(), "present",
										SeedWriter.present(r.properties())))
								.toList()))
				.consume();
		}
		Map<String, Target> targets = targets(tx, records);
		for (SeedRecord record : records) {
			new ReferenceCheck(record, targets, this.sourceTexts).verify();
		}
		NestedPairingCheck.verify(tx, records);
		if (!nodes.isEmpty()) {
			tx.run(DROP_SEED_LINKS, Map.of("keys", nodes.stream().map(SeedRecord::key).toList())).consume();
		}
		tx.run(MERGE_LINKS, Map.of("links", links(records))).consume();
		tx.run(MERGE_CITATIONS, Map.of("citations", citations(records))).consume();
		tx.run(RECORD_FILE, Map.of("name", file.name(), "kind", file.kind().fileName(), "checksum", file.checksum(),
				"rows", file.rows().size()))
			.consume();
	}

	private void refuseClashingKeys(TransactionContext tx, List<SeedRecord> nodes) {
		Map<String, SeedRecord> byKey = new HashMap<>();
		nodes.forEach((r) -> byKey.put(r.key(), r));
		var clash = tx.run(CLASHING_KEYS, Map.of("keys", List.copyOf(byKey.keySet()), "label", nodes.get(0).label()))
			.list();
		if (!clash.isEmpty()) {
			String key = clash.get(0).get("key").asString();
			throw byKey.get(key)
				.row()
				.error("key", key, "is already the key of a " + clash.get(0).get("label").asString(""));
		}
	}

	private Map<String, Target> targets(TransactionContext tx, List<SeedRecord> records) {
		Set<String> keys = new HashSet<>();
		for (SeedRecord record : records) {
			record.links().forEach((link) -> keys.add(link.target()));
			record.citations().forEach((citation) -> keys.add(citation.source()));
		}
		Map<String, Target> targets = new HashMap<>();
		tx.run(TARGETS, Map.of("keys", List.copyOf(keys))).forEachRemaining((r) -> {
			String key = r.get("key").asString();
			targets.put(key,
					new Target(key, Set.copyOf(r.get("labels").asList((v) -> v.asString())),
							r.get("levelRank").isNull() ? -1 : r.get("levelRank").asInt(), r.get("file").asString(null),
							r.get("unit").asString(null)));
		});
		return targets;
	}

	private static List<Map<String, Object>> links(List<SeedRecord> records) {
		List<Map<String, Object>> links = new ArrayList<>();
		for (SeedRecord record : records) {
			for (SeedRecord.Link link : record.links()) {
				if (!"CITES".equals(link.type())) {
					links.add(Map.of("from", record.key(), "to", link.target(), "type", link.type(), "properties",
							link.properties()));
				}
			}
		}
		return links;
	}

	private static List<Map<String, Object>> citations(List<SeedRecord> records) {
		return records.stream()
			.flatMap((r) -> r.citations().stream())
			.map((c) -> Map.<String, Object>of("subject", c.subject(), "source", c.source(), "excerpt", c.excerpt(),
					"origin", c.origin()))
			.toList();
	}

	/** What a referenced node is, as far as checks need to know. */
	record Target(String key, Set<String> labels, int levelRank, @Nullable String file, @Nullable String unit) {
	}

	/** The properties that have a value. */
	static Map<String, Object> present(Map<String, @Nullable Object> properties) {
		Map<String, Object> present = new java.util.LinkedHashMap<>();
		properties.forEach((name, value) -> {
			if (value != null) {
				present.put(name, value);
			}
		});
		return present;
	}

}
