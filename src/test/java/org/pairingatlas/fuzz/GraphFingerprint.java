package org.pairingatlas.fuzz;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Enough of the graph to tell whether anything was written: how many nodes, relationships
 * and audit entries there are, and the properties and degree of the nodes an input refers
 * to (its version among them).
 *
 * @param nodes all nodes
 * @param relationships all relationships
 * @param audits audit entries ({@code AuditEntry}, see {@code AuditLog})
 * @param touched by key: the properties and degree of the nodes named
 */
record GraphFingerprint(long nodes, long relationships, long audits, Map<String, Object> touched) {

	private static final String QUERY = """
			CALL () { MATCH (n) RETURN count(n) AS nodes }
			CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
			CALL () { MATCH (a:AuditEntry) RETURN count(a) AS audits }
			CALL () {
			  MATCH (n:Entity) WHERE n.key IN $keys
			  RETURN collect({key: n.key, properties: properties(n), degree: COUNT { (n)--() }}) AS touched
			}
			RETURN nodes, relationships, audits, touched
			""";

	static GraphFingerprint of(Driver driver, Collection<String> keys) {
		Record row = driver.executableQuery(QUERY)
			.withParameters(Map.of("keys", List.copyOf(keys)))
			.execute()
			.records()
			.get(0);
		Map<String, Object> touched = new TreeMap<>();
		row.get("touched")
			.asList((value) -> value.asMap())
			.forEach((node) -> touched.put((String) node.get("key"), node));
		return new GraphFingerprint(row.get("nodes").asLong(), row.get("relationships").asLong(),
				row.get("audits").asLong(), touched);
	}

	/** The version of the node with this key, 0 if it has none. */
	int version(String key) {
		if (this.touched.get(key) instanceof Map<?, ?> node && node.get("properties") instanceof Map<?, ?> properties
				&& properties.get("version") instanceof Number version) {
			return version.intValue();
		}
		return 0;
	}

}
