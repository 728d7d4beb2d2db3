package org.pairingatlas.project;

import java.util.Set;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.compiled.CompiledNodes;
import org.pairingatlas.entity.EntityLoader;
import org.pairingatlas.base.graphql.Connection;
import org.pairingatlas.base.graphql.InvalidInputException;
import org.pairingatlas.base.graphql.Page;
import org.pairingatlas.security.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Reads projects: by key, or by filter a page at a time. A region filter includes
 * everything below the region.
 */
@Service
public class Projects implements EntityLoader {

	private static final String PROJECT_COLUMNS = """
			OPTIONAL MATCH (x)-[:UNDER]->(g:Programme)
			OPTIONAL MATCH (x)-[:LOCATED_IN]->(place:Region)
			OPTIONAL MATCH (x)-[:IMPLEMENTED_BY]->(i)
			OPTIONAL MATCH (x)-[:INVESTED_BY]->(v)
			WITH x, head(collect(g.key)) AS programme, head(collect(place.key)) AS region,
			     head(collect(i.key)) AS implementer, head(collect(v.key)) AS investor
			""";

	private static final String BY_KEYS = """
			UNWIND $keys AS key
			MATCH (x:Project {key: key})
			WHERE %s
			""".formatted(Visibility.rule("x")) + PROJECT_COLUMNS
			+ "RETURN x, programme, region, implementer, investor";

	// With a region, the projects are found from the region down, through the places
	// under it: checking every project's place against the region instead costs a walk
	// per project, which at national scale (tens of thousands of projects) is seconds.
	private static final String ALL = "MATCH (x:Project)\n";

	private static final String IN_REGION = """
			MATCH (:Region {key: $region})<-[:PART_OF*0..5]-(:Region)<-[:LOCATED_IN]-(x:Project)
			""";

	private static final String FILTERS = """
			WHERE %s
			  AND ($programme IS NULL OR EXISTS { (x)-[:UNDER]->(:Programme {key: $programme}) })
			  AND ($category IS NULL OR x.category = $category)
			  AND ($status IS NULL OR x.status = $status)
			  AND ($investor IS NULL OR EXISTS { (x)-[:INVESTED_BY]->(:Entity {key: $investor}) })
			  AND ($yearFrom IS NULL OR coalesce(x.endYear, x.startYear) >= $yearFrom)
			  AND ($yearTo IS NULL OR coalesce(x.startYear, x.endYear) <= $yearTo)
			""".formatted(Visibility.rule("x"));

	private static final String COUNT = FILTERS + "RETURN count(x) AS total";

	private static final String ORDER = """
			CASE $sort WHEN 'NAME' THEN x.name
			           WHEN 'START_YEAR' THEN toString(coalesce(x.startYear, 9999))
			           WHEN 'TOTAL_INVESTMENT' THEN toString(1000000000000000 - coalesce(x.totalInvestmentFen, 0))
			           ELSE coalesce(x.category, '~') END, x.key
			""";

	// The page is cut before its columns are looked up, so only its rows pay for them.
	// The page of a compiled request: its items cut before they are read.
	private static final String ITEMS = FILTERS + "WITH x ORDER BY " + ORDER + "SKIP $offset LIMIT $limit";

	private static final String PAGE = FILTERS + "WITH x ORDER BY " + ORDER + "SKIP $offset LIMIT $limit\n"
			+ PROJECT_COLUMNS + "RETURN x, programme, region, implementer, investor ORDER BY " + ORDER;

	private final Neo4jClient client;

	private final Visibility visibility;

	Projects(Neo4jClient client, Visibility visibility) {
		this.client = client;
		this.visibility = visibility;
	}

	public Optional<Project> byKey(String key) {
		return byKeys(List.of(key)).values().stream().findFirst();
	}

	public Map<String, Project> byKeys(Collection<String> keys) {
		Map<String, Project> projects = new HashMap<>();
		this.client.query(BY_KEYS)
			.bindAll(Map.of("keys", List.copyOf(keys), Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetchAs(Project.class)
			.mappedBy((types, row) -> Project.of(row))
			.all()
			.forEach((project) -> projects.put(project.key(), project));
		return projects;
	}

	/**
	 * A page of projects whose items are what {@code nodes} selects of each (compiled
	 * from the request), with the count, in one statement.
	 */
	public Connection<@Nullable Object> find(ProjectFilter filter, ProjectSort sort, Page page, CompiledNodes nodes) {
		String matching = (filter.region() != null) ? IN_REGION : ALL;
		return nodes.page(this.client, matching + COUNT, matching + ITEMS, parameters(filter), sort.name(), page);
	}

	public Connection<Project> find(ProjectFilter filter, ProjectSort sort, Page page) {
		Map<String, @Nullable Object> parameters = parameters(filter);
		String matching = (filter.region() != null) ? IN_REGION : ALL;
		long total = this.client.query(matching + COUNT).bindAll(parameters).fetchAs(Long.class).one().orElse(0L);
		parameters.put("sort", sort.name());
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit() + 1);
		List<Project> fetched = List.copyOf(this.client.query(matching + PAGE)
			.bindAll(parameters)
			.fetchAs(Project.class)
			.mappedBy((t, row) -> Project.of(row))
			.all());
		return Connection.of(page, fetched, total);
	}

	private Map<String, @Nullable Object> parameters(ProjectFilter filter) {
		if (filter.yearFrom() != null && filter.yearTo() != null && filter.yearTo() < filter.yearFrom()) {
			throw new InvalidInputException("filter.yearTo", filter.yearTo(),
					"is before yearFrom " + filter.yearFrom());
		}
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("programme", filter.programme());
		parameters.put("category", filter.category());
		parameters.put("status", filter.status());
		parameters.put("region", filter.region());
		parameters.put("investor", filter.investor());
		parameters.put("yearFrom", filter.yearFrom());
		parameters.put("yearTo", filter.yearTo());
		parameters.put(Visibility.PARAMETER, this.visibility.unconfirmed());
		return parameters;
	}

	@Override
	public Set<String> labels() {
		return Set.of("Project");
	}

	@Override
	public Map<String, ?> byKeys(String label, Collection<String> keys) {
		return byKeys(keys);
	}

}
