package org.pairingatlas.region;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.Connection;
import org.pairingatlas.base.graphql.InvalidInputException;
import org.pairingatlas.base.graphql.Page;
import org.pairingatlas.base.graphql.compiled.CompiledNodes;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Lists regions by level and by the region they lie in, a page at a time.
 */
@Service
public class RegionSearch {

	static final Set<String> LEVELS = Set.of("province", "prefecture", "county", "township", "village");

	private static final String MATCHING = """
			MATCH (r:Region)
			WHERE ($level IS NULL OR r.level = $level)
			  AND ($within IS NULL OR EXISTS { (r)-[:PART_OF*1..5]->(:Region {key: $within}) })
			  AND ($official IS NULL OR r.official = $official)
			""";

	private static final String COUNT = MATCHING + "RETURN count(r) AS total";

	private static final String ORDER = "CASE $sort WHEN 'NAME' THEN r.name ELSE r.key END, r.key ";

	private static final String PAGE = MATCHING + "RETURN r ORDER BY " + ORDER + "SKIP $offset LIMIT $limit";

	// The page of a compiled request: its items cut before they are read.
	private static final String ITEMS = MATCHING + "WITH r ORDER BY " + ORDER + "SKIP $offset LIMIT $limit";

	private final Neo4jClient client;

	RegionSearch(Neo4jClient client) {
		this.client = client;
	}

	/** Which regions to list. */
	public record RegionFilter(@Nullable String level, @Nullable String within, @Nullable Boolean official) {

		public static final RegionFilter NONE = new RegionFilter(null, null, null);

	}

	/**
	 * A page of regions whose items are what {@code nodes} selects of each (compiled from
	 * the request), with the count, in one statement.
	 */
	public Connection<@Nullable Object> find(RegionFilter filter, String sort, Page page, CompiledNodes nodes) {
		return nodes.page(this.client, COUNT, ITEMS, parameters(filter), sort, page);
	}

	private static Map<String, @Nullable Object> parameters(RegionFilter filter) {
		if (filter.level() != null && !LEVELS.contains(filter.level())) {
			throw new InvalidInputException("filter.level", filter.level(), "must be one of " + LEVELS);
		}
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("level", filter.level());
		parameters.put("within", filter.within());
		parameters.put("official", filter.official());
		return parameters;
	}

	public Connection<Region> find(RegionFilter filter, String sort, Page page) {
		Map<String, @Nullable Object> parameters = parameters(filter);
		long total = this.client.query(COUNT).bindAll(parameters).fetchAs(Long.class).one().orElse(0L);
		parameters.put("sort", sort);
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit() + 1);
		List<Region> fetched = List.copyOf(this.client.query(PAGE)
			.bindAll(parameters)
			.fetchAs(Region.class)
			.mappedBy((t, row) -> Region.of(row.get("r")))
			.all());
		return Connection.of(page, fetched, total);
	}

}
