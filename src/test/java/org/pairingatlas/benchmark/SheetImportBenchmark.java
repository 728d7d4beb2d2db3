package org.pairingatlas.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.SignedIn;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.sheet.SheetImports;
import org.pairingatlas.sheet.SheetKind;
import org.pairingatlas.sheet.SheetTemplate;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A large township-pairing sheet through read, preview and commit, in process as the
 * imports page drives it: rows per second of each step and the heap's peak. Not part of
 * {@code ./mvnw verify}; run it with
 * {@code ./mvnw verify -Pbenchmark -Dit.test=SheetImportBenchmark} (rows with
 * {@code -Dsheet.rows=50000}) and copy the table into {@code docs/benchmarks.md}.
 *
 * <p>
 * The rows pair the seed's townships with one another (Beijing's with the rest, then
 * among themselves), all distinct: a synthetic sheet for timing, never loaded as facts.
 */
class SheetImportBenchmark extends Neo4jTestSupport {

	private static final int ROWS = Integer.getInteger("sheet.rows", 50_000);

	/** pairing-atlas.sheets.commit-batch as configured by default. */
	private static final int BATCH = 5000;

	private static final String TOWNSHIPS = """
			MATCH (t:Region {level: 'township'})-[:PART_OF]->(c:Region)
			RETURN c.name + t.name AS name, t.key STARTS WITH '11' AS beijing, c.key AS county ORDER BY t.key
			""";

	@Autowired
	SheetImports imports;

	@Autowired
	Driver driver;

	@Test
	void a_large_pairing_sheet_through_preview_and_commit() throws IOException {
		// Signed in as the imports page's coordinator is, so unconfirmed facts are seen.
		SignedIn.asCoordinator(COORDINATOR);
		Actor coordinator = new Actor(COORDINATOR, true, Set.of(), Set.of());
		SheetKind kind = this.imports.kind("township-pairings").orElseThrow();
		byte[] file = sheet(pairs(ROWS));
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		System.gc();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);

		long start = System.nanoTime();
		SheetImports.Upload upload = this.imports.read(coordinator, kind.id(), "benchmark.xlsx", file);
		long read = System.nanoTime();
		String key = this.imports.preview(coordinator, upload, Map.of(), SheetImports.Progress.NONE);
		long previewed = System.nanoTime();
		long previewPeak = peak(heap);
		SheetImports.Counts counts = this.imports.commit(coordinator, key, false, SheetImports.Progress.NONE);
		long committed = System.nanoTime();
		long commitPeak = peak(heap);
		SignedIn.signOut();
		assertThat(counts.created() + counts.changed() + counts.unchanged()).isEqualTo(ROWS);

		List<String> table = new ArrayList<>();
		table.add("| step | rows | seconds | rows per second | heap peak MiB |");
		table.add("|---|---|---|---|---|");
		table.add(row("read (" + file.length / 1024 + " KiB XLSX)", read - start, previewPeak));
		table.add(row("preview (names, checks, outcome kept)", previewed - read, previewPeak));
		table.add(row("read + preview", previewed - start, previewPeak));
		table.add(row("commit (" + (ROWS + BATCH - 1) / BATCH + " transactions of up to " + BATCH + " rows)",
				committed - previewed, commitPeak));
		System.out.println("\nSheet import of " + ROWS + " township pairings:\n" + String.join("\n", table) + "\n");
	}

	private static String row(String step, long nanos, long peak) {
		double seconds = nanos / 1e9;
		return "| %s | %d | %.1f | %.0f | %d |".formatted(step, ROWS, seconds, ROWS / seconds, peak / 1_048_576);
	}

	private static long peak(List<MemoryPoolMXBean> heap) {
		return heap.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
	}

	/** Distinct pairs of townships not within one county: Beijing's first. */
	private List<String[]> pairs(int wanted) {
		List<Map<String, Object>> townships = this.driver.executableQuery(TOWNSHIPS)
			.execute()
			.records()
			.stream()
			.map((r) -> r.asMap())
			.toList();
		List<String[]> pairs = new ArrayList<>();
		for (Map<String, Object> supporter : townships) {
			if (!(Boolean) supporter.get("beijing")) {
				continue;
			}
			for (Map<String, Object> recipient : townships) {
				if (pairs.size() == wanted) {
					return pairs;
				}
				if (!recipient.get("county").equals(supporter.get("county"))) {
					pairs.add(new String[] { (String) supporter.get("name"), (String) recipient.get("name") });
				}
			}
		}
		assertThat(pairs).as("the seed has townships enough").hasSize(wanted);
		return pairs;
	}

	private static byte[] sheet(List<String[]> pairs) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
			Sheet data = workbook.createSheet(SheetTemplate.DATA);
			Row header = data.createRow(0);
			String[] headers = { "协作计划", "支援方", "受援方", "开始日期" };
			for (int c = 0; c < headers.length; c++) {
				header.createCell(c).setCellValue(headers[c]);
			}
			for (int r = 0; r < pairs.size(); r++) {
				Row row = data.createRow(r + 1);
				row.createCell(0).setCellValue("南水北调中线京鄂对口协作");
				row.createCell(1).setCellValue(pairs.get(r)[0]);
				row.createCell(2).setCellValue(pairs.get(r)[1]);
				row.createCell(3).setCellValue("2021-05");
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
