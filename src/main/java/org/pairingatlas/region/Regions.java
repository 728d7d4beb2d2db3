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
			MATCH path = (:Region {key: $key})-[:PART_OF*1..5]->(a:Region)
			RETURN a ORDER BY length(path)
			""";

	private static final String CHILDREN = """
			MATCH (c:Region)-[:PART_OF]->(:Region {key: $key})
			RETURN c ORDER BY c.key
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

	/** The chain of parents, nearest first. */
	public List<Region> ancestorsOf(String key) {
		return List.copyOf(this.client.query(ANCESTORS)
			.bind(key)
			.to("key")
			.fetchAs(Region.class)
			.mappedBy((types, row) -> Region.of(row.get("a")))
			.all());
	}

	public List<Region> childrenOf(String key) {
		return List.copyOf(this.client.query(CHILDREN)
			.bind(key)
			.to("key")
			.fetchAs(Region.class)
			.mappedBy((types, row) -> Region.of(row.get("c")))
			.all());
	}

}
