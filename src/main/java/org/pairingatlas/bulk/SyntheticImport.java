package org.pairingatlas.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.pairingatlas.search.SearchTerms;

import org.springframework.stereotype.Component;

/**
 * Writes a {@link SyntheticNetwork} into the graph through {@link BatchImport}: its
 * source and programme first, then organisations, pairings, projects and transfers, each
 * node labelled {@code Synthetic} and citing the synthetic source.
 */
@Component
public class SyntheticImport {

	private static final String PLACES = """
			MATCH (c:Region {level: 'county'})
			WHERE substring(c.key, 0, 2) IN $provinces
			RETURN c.key AS key, c.name AS name, substring(c.key, 0, 2) AS province
			ORDER BY c.key
			""";

	private static final String BELOW = """
			UNWIND $parents AS parent
			MATCH (child:Region)-[:PART_OF]->(:Region {key: parent})
			WITH parent, child ORDER BY child.key
			RETURN parent, collect(child.key) AS children
			""";

	private static final String SOURCE_AND_PROGRAMME = """
			MERGE (s:Source {key: $source})
			ON CREATE SET s:Synthetic, s.kind = 'synthetic', s.synthetic = true, s.title = $title,
			              s.issuer = 'Pairing Atlas scale generator'
			MERGE (g:Entity:Programme {key: $programme})
			ON CREATE SET g:Synthetic, g.synthetic = true, g.name = '【合成】东西部协作（测试数据，非真实）',
			              g.nameEn = 'SYNTHETIC East–West collaboration (test data, not real)',
			              g.kind = 'counterpart-collaboration', g.startYear = 2016, g.endYear = 2025,
			              g.confirmed = true, g.origin = 'synthetic'
			MERGE (g)-[c:CITES]->(s)
			ON CREATE SET c.excerpt = 'synthetic', c.origin = 'synthetic'
			""";

	private static final String CITE = """
			WITH n, row
			MATCH (s:Source {key: row.source})
			CREATE (n)-[:CITES {excerpt: 'synthetic', origin: 'synthetic'}]->(s)
			""";

	private static final Map<String, String> WRITES = new LinkedHashMap<>();

	static {
		WRITES.put("organisations", """
				UNWIND $rows AS row
				MATCH (place:Region {key: row.region})
				CREATE (n:Entity:Organisation:Synthetic {key: row.key, name: row.name, kind: row.kind, synthetic: true,
				        confirmed: true, origin: 'synthetic'})
				SET n += row.search
				CREATE (n)-[:LOCATED_IN {origin: 'synthetic'}]->(place)
				""" + CITE);
		WRITES.put("pairings",
				"""
						UNWIND $rows AS row
						MATCH (a:Entity {key: row.supporter}), (b:Entity {key: row.recipient}), (g:Programme {key: row.programme})
						CREATE (n:Entity:Pairing:Synthetic {key: row.key, level: row.level, kind: row.kind,
						        startDate: row.startDate, status: row.status, synthetic: true, confirmed: true, version: 1,
						        origin: 'synthetic'})
						CREATE (n)-[:UNDER {origin: 'synthetic'}]->(g), (n)-[:SUPPORTER {origin: 'synthetic'}]->(a),
						       (n)-[:RECIPIENT {origin: 'synthetic'}]->(b)
						"""
						+ CITE);
		WRITES.put("projects", """
				UNWIND $rows AS row
				MATCH (place:Region {key: row.region}), (g:Programme {key: row.programme})
				CREATE (n:Entity:Project:Synthetic {key: row.key, name: row.name, category: row.category,
				        startYear: row.startYear, endYear: row.endYear, status: row.status,
				        collaborationFundsFen: row.collaborationFundsFen, matchingFundsFen: row.matchingFundsFen,
				        totalInvestmentFen: row.totalInvestmentFen, synthetic: true, confirmed: true, version: 1,
				        origin: 'synthetic'})
				SET n += row.search
				CREATE (n)-[:UNDER {origin: 'synthetic'}]->(g), (n)-[:LOCATED_IN {origin: 'synthetic'}]->(place)
				""" + CITE);
		WRITES.put("transfers", """
				UNWIND $rows AS row
				MATCH (a:Entity {key: row.from}), (b:Entity {key: row.to}), (g:Programme {key: row.programme})
				CREATE (n:Entity:FundTransfer:Synthetic {key: row.key, amountFen: row.amountFen,
				        yearStart: row.yearStart, yearEnd: row.yearEnd, recurrence: row.recurrence, step: 1,
				        synthetic: true, confirmed: true, origin: 'synthetic'})
				CREATE (n)-[:UNDER {origin: 'synthetic'}]->(g), (n)-[:FROM {origin: 'synthetic'}]->(a),
				       (n)-[:TO {origin: 'synthetic'}]->(b)
				""" + CITE);
	}

	private final Driver driver;

	private final BatchImport batches;

	SyntheticImport(Driver driver, BatchImport batches) {
		this.driver = driver;
		this.batches = batches;
	}

	/** Generates and writes the network; each kind is a resumable job of its own. */
	public List<BatchImport.Step> run(long seed, int size, int batchSize, ImportProgress progress) {
		SyntheticNetwork.Rows rows = SyntheticNetwork.generate(seed, size, places());
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> tx
				.run(SOURCE_AND_PROGRAMME,
						Map.of("source", rows.source(), "programme", SyntheticNetwork.PROGRAMME, "title",
								"合成测试数据，非真实 / synthetic test data, not real (seed " + seed + ", size " + size + ")"))
				.consume());
		}
		List<BatchImport.Step> steps = new ArrayList<>();
		rows.byKind()
			.forEach((kind, list) -> steps.add(this.batches.run(rows.source() + ":" + kind, WRITES.get(kind), list,
					(row) -> parameters(row, rows.source()), batchSize, progress)));
		return steps;
	}

	private static Map<String, Object> parameters(Map<String, Object> row, String source) {
		Map<String, Object> parameters = new HashMap<>(row);
		parameters.put("source", source);
		parameters.put("programme", SyntheticNetwork.PROGRAMME);
		Object name = row.get("name");
		parameters.put("search", (name != null) ? SearchTerms.propertiesOf((String) name, null) : Map.of());
		return parameters;
	}

	/**
	 * The counties of the eastern and western provinces, with their townships and
	 * villages.
	 */
	SyntheticNetwork.Places places() {
		List<String> provinces = new ArrayList<>(SyntheticNetwork.EAST);
		provinces.addAll(SyntheticNetwork.WEST);
		List<SyntheticNetwork.Region> east = new ArrayList<>();
		List<SyntheticNetwork.Region> west = new ArrayList<>();
		try (Session session = this.driver.session()) {
			session.executeRead((tx) -> tx.run(PLACES, Map.of("provinces", provinces)).list()).forEach((r) -> {
				var region = new SyntheticNetwork.Region(r.get("key").asString(), r.get("name").asString());
				(SyntheticNetwork.EAST.contains(r.get("province").asString()) ? east : west).add(region);
			});
			List<String> counties = new ArrayList<>(east.stream().map(SyntheticNetwork.Region::key).toList());
			counties.addAll(west.stream().map(SyntheticNetwork.Region::key).toList());
			Map<String, List<String>> townships = below(session, counties);
			Map<String, List<String>> villages = below(session,
					townships.values().stream().flatMap(List::stream).toList());
			return new SyntheticNetwork.Places(east, west, townships, villages);
		}
	}

	private static Map<String, List<String>> below(Session session, List<String> parents) {
		Map<String, List<String>> children = new HashMap<>();
		session.executeRead((tx) -> tx.run(BELOW, Map.of("parents", parents)).list())
			.forEach((r) -> children.put(r.get("parent").asString(), r.get("children").asList((v) -> v.asString())));
		return children;
	}

}
