package org.pairingatlas.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.Connection;
import org.pairingatlas.base.graphql.InvalidInputException;
import org.pairingatlas.base.graphql.Page;
import org.pairingatlas.base.graphql.compiled.CompiledNodes;
import org.pairingatlas.programme.Programmes;
import org.pairingatlas.security.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Lists organisations by kind, place and programme, a page at a time.
 */
@Service
public class OrganisationSearch {

	/** The kinds an organisation may be. */
	public static final Set<String> KINDS = Set.of("government", "hospital", "school", "university", "enterprise",
			"park", "research", "other");

	private static final String MATCHING = """
			MATCH (o:Organisation)
			WHERE %s
			  AND ($kind IS NULL OR o.kind = $kind)
			  AND ($region IS NULL OR EXISTS { (o)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..5]->(:Region {key: $region}) })
			  AND ($programme IS NULL OR EXISTS {
			        (o)<-[:%s]-(fact)-[:UNDER]->(:Programme {key: $programme})
			        WHERE %s })
			""".formatted(Visibility.rule("o"), Programmes.TAKES_PART, Visibility.rule("fact"));

	private static final String COUNT = MATCHING + "RETURN count(o) AS total";

	private static final String ORDER = "CASE $sort WHEN 'KIND' THEN o.kind + '/' + o.name ELSE o.name END, o.key ";

	private static final String PAGE = MATCHING + "RETURN o ORDER BY " + ORDER + "SKIP $offset LIMIT $limit";

	// The page of a compiled request: its items cut before they are read.
	private static final String ITEMS = MATCHING + "WITH o ORDER BY " + ORDER + "SKIP $offset LIMIT $limit";

	private final Neo4jClient client;

	private final Visibility visibility;

	OrganisationSearch(Neo4jClient client, Visibility visibility) {
		this.client = client;
		this.visibility = visibility;
	}

	/** Which organisations to list. */
	public record OrganisationFilter(@Nullable String kind, @Nullable String region, @Nullable String programme) {

		public static final OrganisationFilter NONE = new OrganisationFilter(null, null, null);

	}

	/**
	 * A page of organisations whose items are what {@code nodes} selects of each
	 * (compiled from the request), with the count, in one statement.
	 */
	public Connection<@Nullable Object> find(OrganisationFilter filter, String sort, Page page, CompiledNodes nodes) {
		return nodes.page(this.client, COUNT, ITEMS, parameters(filter), sort, page);
	}

	private Map<String, @Nullable Object> parameters(OrganisationFilter filter) {
		if (filter.kind() != null && !KINDS.contains(filter.kind())) {
			throw new InvalidInputException("filter.kind", filter.kind(), "must be one of " + KINDS);
		}
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("kind", filter.kind());
		parameters.put("region", filter.region());
		parameters.put("programme", filter.programme());
		parameters.put(Visibility.PARAMETER, this.visibility.unconfirmed());
		return parameters;
	}

	public Connection<Organisation> find(OrganisationFilter filter, String sort, Page page) {
		Map<String, @Nullable Object> parameters = parameters(filter);
		long total = this.client.query(COUNT).bindAll(parameters).fetchAs(Long.class).one().orElse(0L);
		parameters.put("sort", sort);
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit() + 1);
		List<Organisation> fetched = List.copyOf(this.client.query(PAGE)
			.bindAll(parameters)
			.fetchAs(Organisation.class)
			.mappedBy((t, row) -> Organisation.of(row.get("o")))
			.all());
		return Connection.of(page, fetched, total);
	}

}
