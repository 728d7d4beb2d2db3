package org.pairingatlas.funding;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.pairingatlas.base.graphql.InvalidInputException;
import org.pairingatlas.figure.ReportedFigure;
import org.pairingatlas.security.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Adds up the funding of enumerated projects by the chosen dimensions in one query, and
 * lists beside it the amounts the documents report for the same scope (often for projects
 * they do not list).
 */
@Service
public class FundingRollup {

	/** What a roll-up can be grouped by. */
	public enum Dimension {

		PROGRAMME, YEAR, CATEGORY, REGION, SUPPORTER

	}

	private static final String ALL = """
			MATCH (x:Project)
			OPTIONAL MATCH (x)-[:LOCATED_IN]->(place:Region)
			""";

	// With a region, its projects are found from the region down rather than by walking
	// up from every project in the graph.
	private static final String IN_REGION = """
			MATCH (:Region {key: $region})<-[:PART_OF*0..5]-(place:Region)<-[:LOCATED_IN]-(x:Project)
			""";

	private static final String FILTERS = """
			OPTIONAL MATCH (x)-[:UNDER]->(g:Programme)
			WITH x, g, place
			WHERE %s AND ($programme IS NULL OR g.key = $programme)
			  AND ($category IS NULL OR x.category = $category)
			  AND ($yearFrom IS NULL OR coalesce(x.endYear, x.startYear) >= $yearFrom)
			  AND ($yearTo IS NULL OR coalesce(x.startYear, x.endYear) <= $yearTo)
			""".formatted(Visibility.rule("x"));

	// The supporter of a project is its investor if it names one, else the supporter
	// paired with the project's county under the project's programme. Finding it walks
	// up to those pairings, so it is done only when the answer is grouped or filtered by
	// supporter.
	private static final String SUPPORTER = """
			CALL (x, g, place) {
			  OPTIONAL MATCH (x)-[:INVESTED_BY]->(investor)
			  OPTIONAL MATCH (place)-[:PART_OF*0..3]->(:Region)<-[:RECIPIENT]-(pairing:Pairing)-[:UNDER]->(g),
			                 (pairing)-[:SUPPORTER]->(paired)
			  WHERE %s
			  RETURN coalesce(head(collect(DISTINCT investor.key)), head(collect(DISTINCT paired.key))) AS supporter
			}
			WITH x, g, place, supporter
			WHERE $supporter IS NULL OR supporter = $supporter
			""".formatted(Visibility.rule("pairing"));

	private static final String NO_SUPPORTER = "WITH x, g, place, null AS supporter\n";

	// The groups, ordered, as one list: a roll-up is read beside its reported figures in
	// one statement.
	private static final String ROLLUP = """
			WITH CASE WHEN $byProgramme THEN g.key END AS programme,
			     CASE WHEN $byYear THEN coalesce(x.startYear, x.endYear) END AS year,
			     CASE WHEN $byCategory THEN x.category END AS category,
			     CASE WHEN $byRegion THEN place.key END AS region,
			     CASE WHEN $bySupporter THEN supporter END AS supporter,
			     x
			WITH programme, year, category, region, supporter, count(x) AS projects,
			     sum(coalesce(x.collaborationFundsFen, 0)) AS collaboration,
			     sum(coalesce(x.matchingFundsFen, 0)) AS matching,
			     sum(coalesce(x.centralInvestmentFen, 0)) AS central,
			     sum(coalesce(x.localInvestmentFen, 0)) AS local,
			     sum(coalesce(x.otherInvestmentFen, 0)) AS other,
			     sum(coalesce(x.totalInvestmentFen, 0)) AS total
			ORDER BY programme, year, category, region, supporter
			RETURN collect({programme: programme, year: year, category: category, region: region,
			                supporter: supporter, projects: projects, collaboration: collaboration,
			                matching: matching, central: central, local: local, other: other, total: total}) AS rows
			""";

	private static final String REPORTED = """
			MATCH (f:ReportedFigure)-[:ABOUT]->(subject)
			WHERE (f.measure STARTS WITH 'funds.' OR f.measure STARTS WITH 'investment.') AND f.unit IN ['yuan', 'wan', 'yi']
			  AND %s
			  AND ($category IS NULL OR f.dimension = $category)
			  AND ($yearFrom IS NULL OR f.periodEnd IS NULL OR f.periodEnd >= toString($yearFrom))
			  AND ($yearTo IS NULL OR f.periodStart IS NULL OR f.periodStart <= toString($yearTo))
			  AND ($region IS NULL OR EXISTS { (subject)-[:LOCATED_IN|PART_OF*0..5]->(:Region {key: $region}) }
			       OR (subject:Programme AND EXISTS { (subject)<-[:UNDER]-(:Pairing)-[:RECIPIENT]->()-[:LOCATED_IN|PART_OF*0..5]->(:Region {key: $region}) }))
			  AND ($programme IS NULL OR subject.key = $programme
			       OR EXISTS { (:Programme {key: $programme})-[:GOVERNED_BY]->(:Source)<-[:CITES]-(f) })
			WITH DISTINCT f ORDER BY f.measure, f.dimension, f.key
			RETURN collect(f) AS reported
			"""
		.formatted(Visibility.rule("f"));

	private static final String REPORT = """
			CALL () { %s }
			CALL () { %s }
			RETURN rows, reported
			""";

	private final Neo4jClient client;

	private final Visibility visibility;

	FundingRollup(Neo4jClient client, Visibility visibility) {
		this.client = client;
		this.visibility = visibility;
	}

	/** The funding of the projects in scope, added up by these dimensions. */
	public List<FundingRow> rollup(FundingFilter filter, Set<Dimension> groupBy) {
		Map<String, Object> parameters = parameters(filter, groupBy);
		return this.client.query(rows(filter, groupBy))
			.bindAll(parameters)
			.fetchAs(List.class)
			.mappedBy((t, row) -> row.get("rows").asList(FundingRollup::row))
			.one()
			.map((rows) -> List.<FundingRow>copyOf(rows))
			.orElse(List.of());
	}

	/**
	 * The roll-up, its total and the amounts the documents report for the same scope,
	 * read in one statement.
	 */
	public FundingReport report(FundingFilter filter, Set<Dimension> groupBy) {
		Map<String, Object> parameters = parameters(filter, groupBy);
		Record report = this.client.query(REPORT.formatted(rows(filter, groupBy), REPORTED))
			.bindAll(parameters)
			.fetchAs(Record.class)
			.mappedBy((t, row) -> row)
			.one()
			.orElseThrow();
		List<FundingRow> rows = report.get("rows").asList(FundingRollup::row);
		// The total is the sum of the groups; no second query.
		FundingRow total = rows.stream().reduce(FundingRow.empty(), FundingRow::plus);
		return new FundingReport(rows, total, report.get("reported").asList(ReportedFigure::of));
	}

	private static String rows(FundingFilter filter, Set<Dimension> groupBy) {
		boolean supporters = groupBy.contains(Dimension.SUPPORTER) || filter.supporter() != null;
		return ((filter.region() != null) ? IN_REGION : ALL) + FILTERS + (supporters ? SUPPORTER : NO_SUPPORTER)
				+ ROLLUP;
	}

	private Map<String, Object> parameters(FundingFilter filter, Set<Dimension> groupBy) {
		Map<String, Object> parameters = parameters(filter);
		parameters.put("byProgramme", groupBy.contains(Dimension.PROGRAMME));
		parameters.put("byYear", groupBy.contains(Dimension.YEAR));
		parameters.put("byCategory", groupBy.contains(Dimension.CATEGORY));
		parameters.put("byRegion", groupBy.contains(Dimension.REGION));
		parameters.put("bySupporter", groupBy.contains(Dimension.SUPPORTER));
		return parameters;
	}

	private Map<String, Object> parameters(FundingFilter filter) {
		if (filter.yearFrom() != null && filter.yearTo() != null && filter.yearTo() < filter.yearFrom()) {
			throw new InvalidInputException("filter.yearTo", filter.yearTo(),
					"is before yearFrom " + filter.yearFrom());
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("programme", filter.programme());
		parameters.put("region", filter.region());
		parameters.put("yearFrom", filter.yearFrom());
		parameters.put("yearTo", filter.yearTo());
		parameters.put("category", filter.category());
		parameters.put("supporter", filter.supporter());
		parameters.put(Visibility.PARAMETER, this.visibility.unconfirmed());
		return parameters;
	}

	private static FundingRow row(Value row) {
		return new FundingRow(row.get("programme").asString(null),
				row.get("year").isNull() ? null : row.get("year").asInt(), row.get("category").asString(null),
				row.get("region").asString(null), row.get("supporter").asString(null), row.get("projects").asInt(),
				yuan(row.get("collaboration")), yuan(row.get("matching")), yuan(row.get("central")),
				yuan(row.get("local")), yuan(row.get("other")), yuan(row.get("total")));
	}

	private static BigDecimal yuan(Value fen) {
		return BigDecimal.valueOf(fen.asLong(), 2);
	}

}
