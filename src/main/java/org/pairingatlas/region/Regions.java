package org.pairingatlas.region;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Reads regions and their place in the hierarchy.
 */
@Service
public class Regions {

	private static final String BY_KEYS = """
			UNWIND $keys AS key
			MATCH (r:Region {key: key})
			RETURN r
			""";

	private static final String PARENTS = """
			UNWIND $keys AS key
			MATCH (:Region {key: key})-[:PART_OF]->(p:Region)
			RETURN key, p
			""";

	private static final String ANCESTORS = """
			UNWIND $keys AS key
			MATCH path = (:Region {key: key})-[:PART_OF*1..5]->(a:Region)
			RETURN key, a ORDER BY key, length(path)
			""";

	private static final String CHILDREN = """
			UNWIND $keys AS key
			MATCH (c:Region)-[:PART_OF]->(:Region {key: key})
			RETURN key, c AS a ORDER BY key, c.key
			""";

	private final Neo4jClient client;

	Regions(Neo4jClient client) {
		this.client = client;
	}

	public Optional<Region> byKey(String key) {
		return byKeys(List.of(key)).values().stream().findFirst();
	}

	public Map<String, Region> byKeys(Collection<String> keys) {
		Map<String, Region> regions = new HashMap<>();
		this.client.query(BY_KEYS)
			.bind(List.copyOf(keys))
			.to("keys")
			.fetchAs(Region.class)
			.mappedBy((types, row) -> Region.of(row.get("r")))
			.all()
			.forEach((region) -> regions.put(region.key(), region));
		return regions;
	}

	/** The parent of each region, by the region's key; regions at the top have none. */
	public Map<String, Region> parentsOf(Collection<String> keys) {
		Map<String, Region> parents = new HashMap<>();
		this.client.query(PARENTS)
			.bind(List.copyOf(keys))
			.to("keys")
			.fetchAs(Map.Entry.class)
			.mappedBy((types, row) -> Map.entry(row.get("key").asString(), Region.of(row.get("p"))))
			.all()
			.forEach((entry) -> parents.put((String) entry.getKey(), (Region) entry.getValue()));
		return parents;
	}

	/** The chain of parents of each region, nearest first. */
	public Map<String, List<Region>> ancestorsOf(Collection<String> keys) {
		return grouped(ANCESTORS, keys);
	}

	/** The regions directly below each region, by code. */
	public Map<String, List<Region>> childrenOf(Collection<String> keys) {
		return grouped(CHILDREN, keys);
	}

	private Map<String, List<Region>> grouped(String cypher, Collection<String> keys) {
		Map<String, List<Region>> grouped = new HashMap<>();
		keys.forEach((key) -> grouped.put(key, new java.util.ArrayList<>()));
		this.client.query(cypher)
			.bind(List.copyOf(keys))
			.to("keys")
			.fetchAs(Map.Entry.class)
			.mappedBy((types, row) -> Map.entry(row.get("key").asString(), Region.of(row.get("a"))))
			.all()
			.forEach((entry) -> grouped.get((String) entry.getKey()).add((Region) entry.getValue()));
		return grouped;
	}

}
