package org.pairingatlas.seed;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.pairingatlas.Neo4jTestSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeded graph holds what the five documents and the research data say, each fact
 * with its source.
 */
class SeededGraphIT extends Neo4jTestSupport {

	@Autowired
	Driver driver;

	/** The one row the query must return. */
	private Record single(String cypher, Map<String, Object> parameters) {
		var records = this.driver.executableQuery(cypher).withParameters(parameters).execute().records();
		assertThat(records).as("rows of %s", cypher).hasSize(1);
		return records.get(0);
	}

	private Record figure(String source, String measure, String subject) {
		return single("""
				MATCH (f:ReportedFigure {measure: $measure})-[:CITES]->(:Source {key: $source}),
				      (f)-[:ABOUT]->(:Entity {key: $subject})
				WHERE f.dimension IS NULL
				RETURN f.value AS value, f.unit AS unit, f.amountFen AS fen, f.qualifier AS qualifier
				""", Map.of("source", source, "measure", measure, "subject", subject));
	}

	@Test
	void the_six_programmes_are_loaded_with_their_governing_documents() {
		Record row = single("""
				MATCH (p:Programme)-[:GOVERNED_BY]->(s:Source)
				RETURN count(DISTINCT p) AS programmes, collect(DISTINCT s.number) AS numbers
				""", Map.of());
		assertThat(row.get("programmes").asInt()).isEqualTo(6);
		assertThat(row.get("numbers").asList()).contains("十政办发〔2022〕20号", "鄂政函〔2014〕220号", "鄂政办函〔2020〕38号",
				"温政发〔2018〕26号", "国函〔2013〕42号", "国办发〔1992〕14号");
	}

	@Test
	void shiyan_reports_ten_county_pairings_and_all_ten_are_enumerated() {
		// The document's "10个区县结对" counts 十堰's pairs; the programme holds an eleventh
		// outside 十堰 (门头沟—神农架).
		assertThat(figure("D001", "pairings.county", "420300").get("value").asString()).isEqualTo("10");
		Record enumerated = single("""
				MATCH (p:Pairing {level: 'county'})-[:RECIPIENT]->(r:Region)-[:PART_OF*1..3]->(:Region {key: '420300'})
				WHERE (p)-[:UNDER]->(:Programme {key: 'jing-e'})
				RETURN count(p) AS pairs, count(CASE WHEN p.confirmed THEN 1 END) AS confirmed
				""", Map.of());
		assertThat(enumerated.get("pairs").asInt()).isEqualTo(10);
		assertThat(enumerated.get("confirmed").asInt()).isEqualTo(10);
	}

	@Test
	void the_134_township_pairings_are_a_reported_figure_not_invented_members() {
		assertThat(figure("D001", "pairings.township", "420300").get("value").asString()).isEqualTo("134");
		int enumerated = single("""
				MATCH (p:Pairing {level: 'township'})-[:UNDER]->(:Programme {key: 'jing-e'})
				RETURN count(p) AS pairs
				""", Map.of()).get("pairs").asInt();
		assertThat(enumerated).isPositive().isLessThan(134);
	}

	@Test
	void the_thirteenth_plan_collaboration_funds_are_exactly_1125_million_yuan() {
		Record funds = figure("D001", "funds.collaboration", "jing-e");
		assertThat(funds.get("value").asString()).isEqualTo("11.25");
		assertThat(funds.get("unit").asString()).isEqualTo("yi");
		assertThat(funds.get("fen").asLong()).isEqualTo(1_125_000_000_00L);
	}

	@Test
	void the_thirteenth_plan_ran_408_projects() {
		assertThat(figure("D001", "projects.count", "jing-e").get("value").asString()).isEqualTo("408");
	}

	@Test
	void neixiang_key_project_table_2013_is_loaded_by_category_with_its_investment_split() {
		Record agriculture = single("""
				MATCH (f:ReportedFigure {set: 'D000-key-projects-2013', dimension: 'agriculture'})
				RETURN collect([f.measure, f.value]) AS values
				""", Map.of());
		assertThat(agriculture.get("values").asList((v) -> v.asList((x) -> x.asString()))).contains(
				java.util.List.of("projects.count", "11"), java.util.List.of("investment.total", "417909"),
				java.util.List.of("investment.central", "165223"), java.util.List.of("investment.local", "41466"),
				java.util.List.of("investment.other", "211220"));
		int categories = single("""
				MATCH (f:ReportedFigure {set: $set, role: 'part', measure: 'projects.count'})
				RETURN count(DISTINCT f.dimension) AS categories
				""", Map.of("set", "D000-projects-2013-2020")).get("categories").asInt();
		assertThat(categories).isEqualTo(7);
	}

	@Test
	void the_2013_central_investment_that_does_not_add_up_is_flagged_as_stated() {
		Record discrepancy = single(
				"""
						MATCH (d:Discrepancy {kind: 'parts-vs-total', measure: 'investment.central', set: 'D000-key-projects-2013'})
						RETURN d.stated AS stated, d.computed AS computed
						""",
				Map.of());
		assertThat(discrepancy.get("stated").asString()).isEqualTo("4543230000");
		assertThat(discrepancy.get("computed").asString()).isEqualTo("4513230000");
		Record total = single("""
				MATCH (f:ReportedFigure {set: 'D000-key-projects-2013', role: 'total', measure: 'investment.central'})
				RETURN f.value AS value
				""", Map.of());
		assertThat(total.get("value").asString()).as("the document's total is kept, not corrected").isEqualTo("454323");
	}

	@Test
	void every_fact_cites_a_source() {
		int uncited = single("""
				MATCH (n:Entity) WHERE NOT n:Source AND NOT (n)-[:CITES]->(:Source)
				RETURN count(n) AS uncited
				""", Map.of()).get("uncited").asInt();
		assertThat(uncited).isZero();
	}

	@Test
	void an_inferred_pairing_is_loaded_visibly_unconfirmed() {
		Record changping = single("""
				MATCH (:Region {key: '110114'})<-[:SUPPORTER]-(p:Pairing)-[:RECIPIENT]->(:Region {key: '410324'})
				RETURN p.confirmed AS confirmed
				""", Map.of());
		assertThat(changping.get("confirmed").asBoolean()).isFalse();
	}

	@Test
	void the_full_beijing_and_shiyan_division_lists_are_loaded() {
		Record counts = single("""
				MATCH (r:Region)
				RETURN count(CASE WHEN r.key STARTS WITH '4203' AND r.level = 'county' THEN 1 END) AS shiyanCounties,
				       count(CASE WHEN r.key STARTS WITH '4203' AND r.level = 'township' THEN 1 END) AS shiyanTownships,
				       count(CASE WHEN r.key STARTS WITH '1101' AND r.level = 'county' THEN 1 END) AS beijingDistricts,
				       count(CASE WHEN r.key STARTS WITH '1101' AND r.level = 'township' THEN 1 END) AS beijingTownships
				""", Map.of());
		assertThat(counts.get("shiyanCounties").asInt()).isEqualTo(8);
		assertThat(counts.get("shiyanTownships").asInt()).isEqualTo(129);
		assertThat(counts.get("beijingDistricts").asInt()).isEqualTo(16);
		assertThat(counts.get("beijingTownships").asInt()).isEqualTo(349);
	}

	@Test
	void the_full_text_index_finds_chinese_names_by_a_part_of_them() {
		var names = this.driver.executableQuery("""
				CALL db.index.fulltext.queryNodes('entity_names', '竹溪') YIELD node
				RETURN collect(node.name) AS names
				""").execute().records().get(0).get("names").asList((v) -> v.asString());
		assertThat(names).contains("竹溪县");
	}

}
