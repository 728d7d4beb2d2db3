package org.pairingatlas.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.SignedIn;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.ui.Language;
import org.pairingatlas.base.ui.Translations;
import org.pairingatlas.sheet.ImportReads;
import org.pairingatlas.sheet.ImportRowView;
import org.pairingatlas.sheet.Outcome;
import org.pairingatlas.sheet.Reason;
import org.pairingatlas.sheet.RowReason;
import org.pairingatlas.sheet.SheetColumn;
import org.pairingatlas.sheet.SheetImports;
import org.pairingatlas.sheet.SheetKind;
import org.pairingatlas.sheet.SheetRefused;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Property-based fuzzing of spreadsheet imports. Township-pairing sheets with one damage
 * each (a bad date, control characters, an oversized cell, an unknown or ambiguous name,
 * a formula without its value, an error value, a hidden row, no header, no rows, a
 * truncated or bit-flipped file, a wrong file type) go through read, preview, commit and
 * rollback as a coordinator's would. Whatever the damage: a file is refused whole with a
 * reason in both languages, or every refused row names its reasons in both languages;
 * harmless damage (full-width digits, stray spaces, a date as a serial number) refuses
 * nothing; a preview writes no fact; all or nothing with a refused row writes nothing; a
 * commit writes exactly its new rows; a rollback takes back exactly those. Replay a
 * failure with {@code -Dfuzz.seed} and {@code -Dfuzz.case}; {@code -Dfuzz.cases} sets the
 * number of cases.
 */
@ExtendWith(OutputCaptureExtension.class)
class SheetFuzzIT extends Neo4jTestSupport {

	private static final int CASES = Fuzz.cases(60);

	private static final String KIND = "township-pairings";

	private static final List<String> SUPPORTERS = List.of("东华门街道", "景山街道", "交道口街道", "安定门街道", "北新桥街道", "东四街道");

	private static final List<String> RECIPIENTS = List.of("城关镇", "蒋家堰镇", "中峰镇", "水坪镇", "县河镇", "泉溪镇", "丰溪镇", "龙坝镇");

	private static final Actor COORDINATOR_ACTOR = new Actor(COORDINATOR, true, Set.of(), Set.of());

	@Autowired
	SheetImports imports;

	@Autowired
	ImportReads reads;

	@Autowired
	Translations words;

	@Autowired
	Driver driver;

	@Test
	void every_damaged_sheet_is_answered_with_reasons_and_writes_only_what_it_commits(CapturedOutput output) {
		LoggedOutput logged = new LoggedOutput(output);
		FuzzFailures failures = new FuzzFailures("sheets");
		SignedIn.asCoordinator(COORDINATOR);
		SheetKind kind = this.imports.kind(KIND).orElseThrow();
		long[] seeds = Fuzz.caseSeeds("sheets", CASES);
		for (int i = 0; i < seeds.length; i++) {
			if (!Fuzz.runs(i)) {
				continue;
			}
			SheetCase generated;
			try {
				generated = SheetCase.generate(new SplittableRandom(seeds[i]), kind, i);
			}
			catch (IOException | RuntimeException ex) {
				failures.skipped();
				continue;
			}
			failures.ran();
			failures.add(i, generated.damage(), generated.describe(), judge(generated));
		}
		SignedIn.signOut();
		logged.assertClean(failures);
	}

	private List<Problem> judge(SheetCase generated) {
		List<Problem> problems = new ArrayList<>();
		long facts = facts();
		SheetImports.Upload upload;
		String key;
		try {
			upload = this.imports.read(COORDINATOR_ACTOR, KIND, generated.fileName(), generated.content());
			key = this.imports.preview(COORDINATOR_ACTOR, upload, Map.of(), SheetImports.Progress.NONE);
		}
		catch (SheetRefused refused) {
			told(problems, refused.reason(), "file refusal");
			if (facts() != facts) {
				problems.add(new Problem("a refused file wrote facts", generated.damage()));
			}
			if (generated.harmless()) {
				problems.add(new Problem("a harmless damage refused the file", refused.reason().key()));
			}
			return problems;
		}
		catch (RuntimeException ex) {
			problems.add(new Problem("read or preview threw " + ex.getClass().getSimpleName(),
					String.valueOf(ex.getMessage())));
			return problems;
		}
		if (facts() != facts) {
			problems.add(new Problem("a preview wrote facts", key));
		}
		List<ImportRowView> rows = this.reads.rows(key, null, new org.pairingatlas.base.graphql.Page(0, 100))
			.edges()
			.stream()
			.map((edge) -> edge.node())
			.toList();
		long refused = 0;
		long created = 0;
		for (ImportRowView row : rows) {
			if (row.outcome() == Outcome.REFUSED) {
				refused++;
				if (row.reasons().isEmpty()) {
					problems.add(new Problem("a refused row gives no reason", "row " + row.number()));
				}
				if (generated.harmless()) {
					problems.add(new Problem("a harmless damage refused a row",
							row.reasons().stream().map((r) -> r.reason().key()).toList().toString()));
				}
			}
			else if (!row.reasons().isEmpty()) {
				problems.add(new Problem("an accepted row gives reasons", "row " + row.number()));
			}
			if (row.outcome() == Outcome.NEW) {
				created++;
			}
			row.reasons().stream().map(RowReason::reason).forEach((reason) -> told(problems, reason, "row reason"));
		}
		if (refused > 0) {
			try {
				this.imports.commit(COORDINATOR_ACTOR, key, true, SheetImports.Progress.NONE);
				problems.add(new Problem("all or nothing committed despite refused rows", key));
			}
			catch (SheetRefused expected) {
				told(problems, expected.reason(), "all-or-nothing refusal");
			}
			if (facts() != facts) {
				problems.add(new Problem("all or nothing with refused rows wrote facts", key));
			}
		}
		try {
			SheetImports.Counts counts = this.imports.commit(COORDINATOR_ACTOR, key, false, SheetImports.Progress.NONE);
			long pairings = facts() - facts;
			if (pairings != created || counts.created() != created) {
				problems.add(new Problem("a commit wrote other than its new rows",
						"new " + created + ", counted " + counts.created() + ", written " + pairings));
			}
			this.imports.rollback(COORDINATOR_ACTOR, key);
			if (facts() != facts) {
				problems.add(new Problem("a rollback left facts behind", key));
			}
		}
		catch (SheetRefused | EditRefused ex) {
			problems
				.add(new Problem("a previewed import failed to commit or roll back", String.valueOf(ex.getMessage())));
		}
		return problems;
	}

	private void told(List<Problem> problems, Reason reason, String what) {
		for (Locale language : List.of(Language.CHINESE, Language.ENGLISH)) {
			String message = reason.in(this.words, language);
			if (message.equals(reason.key()) || message.contains("{0}")) {
				problems.add(new Problem(what + " has no words in " + language.getLanguage(), reason.key()));
			}
		}
	}

	private long facts() {
		return this.driver.executableQuery("MATCH (p:Pairing) RETURN count(p) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

	/**
	 * A generated sheet: a few good rows and one damage.
	 *
	 * @param damage what was damaged, the same words for every case of its kind
	 * @param detail this case's particulars
	 * @param fileName the file's name
	 * @param content its bytes
	 * @param harmless whether the damage leaves the sheet meaning the same
	 */
	record SheetCase(String damage, String detail, String fileName, byte[] content, boolean harmless) {

		String describe() {
			return this.damage + ": " + this.detail;
		}

		static SheetCase generate(SplittableRandom random, SheetKind kind, int index) throws IOException {
			List<SheetColumn> columns = kind.columns();
			int rows = 1 + random.nextInt(4);
			List<String[]> data = new ArrayList<>();
			for (int r = 0; r < rows; r++) {
				String[] row = new String[columns.size()];
				Arrays.fill(row, "");
				row[0] = "南水北调中线京鄂对口协作";
				row[1] = "东城区" + SUPPORTERS.get((index + r) % SUPPORTERS.size());
				row[3] = "竹溪县" + RECIPIENTS.get((index * 3 + r) % RECIPIENTS.size());
				row[6] = "2021-05";
				data.add(row);
			}
			int target = random.nextInt(rows);
			int damage = random.nextInt(16);
			return switch (damage) {
				case 0 -> cell(kind, data, target, 6, BadDates.date(random, false).text(), "bad-date", false);
				case 1 -> cell(kind, data, target, 3, BadText.withControl(random, data.get(target)[3]),
						"control-in-name", false);
				case 2 -> cell(kind, data, target, 10, BadText.huge(random), "oversized-note", false);
				case 3 -> cell(kind, data, target, 3, "竹溪县" + BadText.word(random) + "镇", "unknown-name", false);
				case 4 -> cell(kind, data, target, 3, "城关镇", "ambiguous-name", false);
				case 5 -> cell(kind, data, target, 6, "２０２１－０５", "full-width-digits", true);
				case 6 -> cell(kind, data, target, 1, "  " + data.get(target)[1].replace("区", "区 ") + "\u3000",
						"stray-spaces", true);
				case 7 -> sheet(kind, data, "formula-without-value", false, (sheet, r) -> {
					if (r == target + 1) {
						sheet.getRow(r).createCell(10).setCellFormula("1+1");
					}
				});
				case 8 -> sheet(kind, data, "error-value", false, (sheet, r) -> {
					if (r == target + 1) {
						sheet.getRow(r).createCell(6).setCellErrorValue(FormulaError.NA.getCode());
					}
				});
				case 9 -> sheet(kind, data, "hidden-row", false, (sheet, r) -> {
					if (r == target + 1) {
						sheet.getRow(r).setZeroHeight(true);
					}
				});
				case 10 -> sheet(kind, data, "date-serial-number", true, (sheet, r) -> {
					if (r == target + 1) {
						sheet.getRow(r).getCell(6).setCellValue(44317);
					}
				});
				case 11 -> bytes(kind, data, "truncated-file", (b) -> Arrays.copyOf(b, random.nextInt(b.length)));
				case 12 -> bytes(kind, data, "flipped-bytes", (b) -> {
					byte[] flipped = b.clone();
					for (int f = 0; f < 1 + random.nextInt(8); f++) {
						flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
					}
					return flipped;
				});
				case 13 -> sheet(kind, List.of(), "no-rows", false, (sheet, r) -> {
				});
				case 14 -> sheet(kind, data, "no-header", false, (sheet, r) -> {
					if (r == 0) {
						sheet.removeRow(sheet.getRow(0));
					}
				});
				default ->
					new SheetCase("wrong-file-type", "a sheet named .xls", "名单.xls", write(kind, data, null), false);
			};
		}

		private static SheetCase cell(SheetKind kind, List<String[]> data, int row, int column, String value,
				String damage, boolean harmless) throws IOException {
			data.get(row)[column] = value;
			return new SheetCase(damage, "row " + (row + 2) + " column " + column + " = " + Json.visible(value),
					"名单.xlsx", write(kind, data, null), harmless);
		}

		private static SheetCase sheet(SheetKind kind, List<String[]> data, String damage, boolean harmless,
				BiConsumer<Sheet, Integer> change) throws IOException {
			return new SheetCase(damage, data.size() + " rows", "名单.xlsx", write(kind, data, change), harmless);
		}

		private static SheetCase bytes(SheetKind kind, List<String[]> data, String damage,
				java.util.function.UnaryOperator<byte[]> change) throws IOException {
			byte[] content = change.apply(write(kind, data, null));
			return new SheetCase(damage, content.length + " bytes", "名单.xlsx", content, false);
		}

		private static byte[] write(SheetKind kind, List<String[]> data, BiConsumer<Sheet, Integer> change)
				throws IOException {
			try (XSSFWorkbook workbook = new XSSFWorkbook()) {
				Sheet sheet = workbook.createSheet("名单");
				Row header = sheet.createRow(0);
				List<SheetColumn> columns = kind.columns();
				for (int c = 0; c < columns.size(); c++) {
					header.createCell(c).setCellValue(columns.get(c).header());
				}
				for (int r = 0; r < data.size(); r++) {
					Row row = sheet.createRow(r + 1);
					for (int c = 0; c < data.get(r).length; c++) {
						if (!data.get(r)[c].isEmpty()) {
							Cell cell = row.createCell(c);
							cell.setCellValue(data.get(r)[c]);
						}
					}
				}
				if (change != null) {
					for (int r = 0; r <= data.size(); r++) {
						change.accept(sheet, r);
					}
				}
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				workbook.write(out);
				return out.toByteArray();
			}
		}

	}

}
