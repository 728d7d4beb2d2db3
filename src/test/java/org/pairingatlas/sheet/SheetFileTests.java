package org.pairingatlas.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.SourceInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Uploaded sheets are read as coordinators mean them, and bad files are refused whole
 * with a reason naming what is wrong, memory bounded by the limits whatever the file.
 */
class SheetFileTests {

	private static final SheetLimits LIMITS = new SheetLimits(5_000_000, 10_000_000, 100, 50, 4000,
			Duration.ofMinutes(1), 5000, Duration.ofDays(7));

	private final SheetFile reader = new SheetFile(LIMITS);

	@Test
	void dates_numbers_full_width_digits_and_stray_spaces_read_as_meant() throws IOException {
		byte[] file = workbook((workbook) -> {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("名单");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日"));
			Row row = sheet.createRow(0);
			Cell when = row.createCell(0);
			when.setCellValue(LocalDate.of(2021, 5, 1));
			when.setCellStyle(date);
			row.createCell(1).setCellValue(1200000.0);
			row.createCell(2).setCellValue("  ２０２１－０５　");
			row.createCell(3).setCellValue(" 竹溪县\u00a0 蒋家堰镇\u200b ");
			row.createCell(4).setCellValue(true);
		});
		SheetRow row = this.reader.read("名单.xlsx", file).rows().get(0);
		assertThat(row.cells()).containsExactly("2021-05-01", "1200000", "2021-05", "竹溪县 蒋家堰镇", "true");
	}

	@Test
	void merged_cells_give_their_value_to_every_row_they_cover() throws IOException {
		byte[] file = workbook((workbook) -> {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("名单");
			for (int r = 0; r < 3; r++) {
				sheet.createRow(r).createCell(1).setCellValue("镇" + r);
			}
			sheet.getRow(0).createCell(0).setCellValue("东城区");
			sheet.addMergedRegion(new CellRangeAddress(0, 2, 0, 0));
		});
		List<SheetRow> rows = this.reader.read("名单.xlsx", file).rows();
		assertThat(rows).extracting((r) -> r.cell(0)).containsExactly("东城区", "东城区", "东城区");
	}

	@Test
	void a_formula_reads_as_its_stored_value_and_one_without_a_value_is_named() throws IOException {
		byte[] file = workbook((workbook) -> {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("名单");
			Row row = sheet.createRow(0);
			row.createCell(0).setCellValue("竹溪县");
			row.createCell(1).setCellFormula("A1&\"蒋家堰镇\"");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			sheet.createRow(1).createCell(1).setCellFormula("1+1");
		});
		List<SheetRow> rows = this.reader.read("名单.xlsx", file).rows();
		assertThat(rows.get(0).cell(1)).isEqualTo("竹溪县蒋家堰镇");
		assertThat(rows.get(1).problems().get(1).key()).isEqualTo("sheet.refusal.formulaWithoutValue");
	}

	@Test
	void hidden_sheets_are_not_read_and_hidden_rows_are_marked() throws IOException {
		byte[] file = workbook((workbook) -> {
			workbook.createSheet("旧表").createRow(0).createCell(0).setCellValue("old");
			workbook.setSheetHidden(0, true);
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("名单");
			sheet.createRow(0).createCell(0).setCellValue("shown");
			Row hidden = sheet.createRow(1);
			hidden.createCell(0).setCellValue("hidden");
			hidden.setZeroHeight(true);
		});
		Sheet sheet = this.reader.read("名单.xlsx", file);
		assertThat(sheet.name()).isEqualTo("名单");
		assertThat(sheet.ignoredSheets()).containsExactly("旧表");
		assertThat(sheet.rows()).extracting(SheetRow::hidden).containsExactly(false, true);
	}

	@Test
	void files_that_are_no_sheets_are_refused_by_name() throws IOException {
		assertRefused("a.xlsx", new byte[0], "sheet.refusal.emptyFile");
		assertRefused("a.xls", new byte[] { 1, 2, 3 }, "sheet.refusal.saveAsXlsx");
		assertRefused("a.csv", "a,b".getBytes(), "sheet.refusal.saveAsXlsx");
		assertRefused("a.xlsx", "%PDF-1.4".getBytes(), "sheet.refusal.notXlsx");
		assertRefused("a.xlsx", zip("word/document.xml", "<w:document/>".getBytes()), "sheet.refusal.notXlsx");
		assertRefused("a.xlsx", new byte[6_000_000], "sheet.refusal.fileTooLarge");
		byte[] truncated = java.util.Arrays
			.copyOf(workbook((w) -> w.createSheet("x").createRow(0).createCell(0).setCellValue("x")), 600);
		assertRefused("a.xlsx", truncated, "sheet.refusal.notXlsx");
	}

	@Test
	void a_zip_bomb_is_refused_before_it_unpacks() throws IOException {
		byte[] sheet = workbook((w) -> w.createSheet("x").createRow(0).createCell(0).setCellValue("x"));
		String padding = " ".repeat(30_000_000);
		byte[] bomb = replaced(sheet, "xl/worksheets/sheet1.xml",
				(xml) -> xml.replace("<sheetData>", "<sheetData>" + padding));
		assertRefused("bomb.xlsx", bomb, "sheet.refusal.zipBomb");
	}

	@Test
	void sheets_past_the_row_or_column_limit_are_refused() throws IOException {
		byte[] rows = workbook((w) -> {
			org.apache.poi.ss.usermodel.Sheet sheet = w.createSheet("x");
			for (int r = 0; r < 150; r++) {
				sheet.createRow(r).createCell(0).setCellValue(r);
			}
		});
		assertRefused("rows.xlsx", rows, "sheet.refusal.tooManyRows");
		byte[] columns = workbook((w) -> w.createSheet("x").createRow(0).createCell(16_000).setCellValue("far"));
		assertRefused("columns.xlsx", columns, "sheet.refusal.tooManyColumns");
	}

	@Test
	void cells_read_dates_amounts_and_yes_or_no_as_coordinators_write_them() {
		assertThat(Cells.date("2021年5月").value()).isEqualTo("2021-05");
		assertThat(Cells.date("2021/5/1").value()).isEqualTo("2021-05-01");
		assertThat(Cells.date("2021.5").value()).isEqualTo("2021-05");
		assertThat(Cells.date("44317").value()).as("an Excel serial number").isEqualTo("2021-05-01");
		assertThat(Cells.date("2021-13").problem().key()).isEqualTo("sheet.refusal.date");
		assertThat(Cells.date("2021-02-30").problem()).isNotNull();
		assertThat(Cells.yuan("120万元").value()).isEqualByComparingTo(new BigDecimal("1200000"));
		assertThat(Cells.yuan("1.5亿").value()).isEqualByComparingTo(new BigDecimal("150000000"));
		assertThat(Cells.yuan("1,200.50 元").value()).isEqualByComparingTo(new BigDecimal("1200.50"));
		assertThat(Cells.yuan("十万").problem().key()).isEqualTo("sheet.refusal.amount");
		assertThat(Cells.yuan("-5").problem()).isNotNull();
		assertThat(Cells.yesNo("是").value()).isTrue();
		assertThat(Cells.yesNo("No").value()).isFalse();
		assertThat(Cells.yesNo("也许").problem().key()).isEqualTo("sheet.refusal.yesNo");
	}

	@Test
	void headers_match_in_chinese_english_pinyin_and_with_notes_under_a_title_row() throws IOException {
		SheetKind kind = new TestKind();
		byte[] file = workbook((workbook) -> {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("名单");
			sheet.createRow(0).createCell(0).setCellValue("某某名单（2024年）");
			Row header = sheet.createRow(1);
			header.createCell(0).setCellValue("受援方（必填）");
			header.createCell(1).setCellValue("Supporter");
			header.createCell(2).setCellValue("kaishi riqi");
			header.createCell(3).setCellValue("其他");
		});
		ColumnMatch match = ColumnMatch.of(this.reader.read("名单.xlsx", file), kind);
		assertThat(match.headerRow()).isEqualTo(2);
		assertThat(match.fields()).containsEntry(0, "recipient")
			.containsEntry(1, "supporter")
			.containsEntry(2, "startDate")
			.doesNotContainKey(3);
		assertThat(match.adjusted(java.util.Map.of(3, "supporter")).fields()).containsEntry(3, "supporter")
			.doesNotContainKey(1);
	}

	private void assertRefused(String name, byte[] content, String reason) {
		assertThatThrownBy(() -> this.reader.read(name, content)).isInstanceOfSatisfying(SheetRefused.class,
				(refused) -> assertThat(refused.reason().key()).isEqualTo(reason));
	}

	private static byte[] workbook(Consumer<Workbook> fill) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			fill.accept(workbook);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] zip(String entry, byte[] content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content);
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	/** The file with one entry's text rewritten. */
	private static byte[] replaced(byte[] file, String entry, java.util.function.UnaryOperator<String> change)
			throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(file));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (e.getName().equals(entry)) {
					content = change.apply(new String(content, java.nio.charset.StandardCharsets.UTF_8))
						.getBytes(java.nio.charset.StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(e.getName()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	/** A kind with a few of the pairing sheets' columns, to match headers against. */
	private static final class TestKind implements SheetKind {

		@Override
		public String id() {
			return "test";
		}

		@Override
		public List<SheetColumn> columns() {
			return List.of(new SheetColumn("supporter", "支援方", "Supporter", List.of(), true, List.of(), "", ""),
					new SheetColumn("recipient", "受援方", "Recipient", List.of(), true, List.of(), "", ""),
					new SheetColumn("startDate", "开始日期", "Start date", List.of(), false, List.of(), "", ""));
		}

		@Override
		public List<RowPlan> plan(List<RowValues> rows, Actor actor) {
			return List.of();
		}

		@Override
		public Written write(RowPlan plan, SourceInput source, Actor actor) {
			throw new UnsupportedOperationException();
		}

	}

}
