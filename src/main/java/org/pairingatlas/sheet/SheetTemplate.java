package org.pairingatlas.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the spreadsheets coordinators download, with Apache POI: a kind's template (a
 * data sheet with headers in Chinese and English and the example row, a guide to every
 * column, and the vocabularies offered as drop-down lists) and an import's refusals (the
 * refused rows as uploaded, with a column of reasons beside each).
 */
public final class SheetTemplate {

	/** The template's data sheet. */
	public static final String DATA = "数据 Data";

	private static final String LISTS = "词表 Lists";

	private static final int VALIDATED_ROWS = 10_000;

	private SheetTemplate() {
	}

	/** The kind's template as XLSX bytes. */
	public static byte[] of(SheetKind kind) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			List<SheetColumn> columns = kind.columns();
			Sheet data = workbook.createSheet(DATA);
			CellStyle bold = headerStyle(workbook);
			CellStyle example = workbook.createCellStyle();
			Font grey = workbook.createFont();
			grey.setItalic(true);
			grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
			example.setFont(grey);
			Row header = data.createRow(0);
			Row sample = data.createRow(1);
			for (int c = 0; c < columns.size(); c++) {
				SheetColumn column = columns.get(c);
				Cell cell = header.createCell(c);
				cell.setCellValue(column.header() + (column.required() ? " *" : ""));
				cell.setCellStyle(bold);
				Cell value = sample.createCell(c);
				value.setCellValue(column.example());
				value.setCellStyle(example);
				data.setColumnWidth(c, Math.min(60, Math.max(14, column.header().length() * 2 + 4)) * 256);
			}
			data.createFreezePane(0, 1);
			guide(workbook, columns, bold);
			lists(workbook, data, columns);
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void guide(Workbook workbook, List<SheetColumn> columns, CellStyle bold) {
		Sheet guide = workbook.createSheet("说明 Guide");
		String[] titles = { "列 Column", "必填 Required", "填写说明 What to write", "可选词 Words", "示例 Example" };
		Row header = guide.createRow(0);
		for (int c = 0; c < titles.length; c++) {
			header.createCell(c).setCellValue(titles[c]);
			header.getCell(c).setCellStyle(bold);
		}
		for (int r = 0; r < columns.size(); r++) {
			SheetColumn column = columns.get(r);
			Row row = guide.createRow(r + 1);
			row.createCell(0).setCellValue(column.header());
			row.createCell(1).setCellValue(column.required() ? "是 yes" : "否 no");
			row.createCell(2).setCellValue(column.help());
			row.createCell(3).setCellValue(String.join("、", column.words().stream().map(Word::zh).toList()));
			row.createCell(4).setCellValue(column.example());
		}
		Row note = guide.createRow(columns.size() + 2);
		note.createCell(0).setCellValue("第2行是示例，导入时原样保留的示例行会被跳过。Row 2 is an example; left as it is, it is skipped.");
		guide.setColumnWidth(0, 30 * 256);
		guide.setColumnWidth(2, 70 * 256);
		guide.setColumnWidth(3, 50 * 256);
		guide.setColumnWidth(4, 30 * 256);
	}

	// The vocabularies stand in a hidden sheet; each column that takes one offers it as a
	// drop-down list (a list written inline may hold no more than 255 characters).
	private static void lists(Workbook workbook, Sheet data, List<SheetColumn> columns) {
		Sheet lists = workbook.createSheet(LISTS);
		workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
		DataValidationHelper helper = data.getDataValidationHelper();
		int listColumn = 0;
		for (int c = 0; c < columns.size(); c++) {
			List<Word> words = columns.get(c).words();
			if (words.isEmpty()) {
				continue;
			}
			for (int w = 0; w < words.size(); w++) {
				Row row = (lists.getRow(w) != null) ? lists.getRow(w) : lists.createRow(w);
				row.createCell(listColumn).setCellValue(words.get(w).zh());
			}
			String letter = CellReference.convertNumToColString(listColumn);
			String range = "'" + LISTS + "'!$" + letter + "$1:$" + letter + "$" + words.size();
			DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
					new CellRangeAddressList(1, VALIDATED_ROWS, c, c));
			validation.setShowErrorBox(false);
			data.addValidationData(validation);
			listColumn++;
		}
	}

	/**
	 * The refused rows as uploaded (the header row first), each with its reasons in a
	 * last column; written as a stream, so a large import's refusals stay within memory.
	 */
	public static void refusals(List<String> headers, List<RefusedRow> rows, String reasonsHeader, OutputStream out) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet(DATA);
			CellStyle bold = headerStyle(workbook);
			int width = Math.min(headers.size(), SpreadsheetVersion.EXCEL2007.getMaxColumns() - 1);
			Row header = sheet.createRow(0);
			for (int c = 0; c < width; c++) {
				header.createCell(c).setCellValue(headers.get(c));
				header.getCell(c).setCellStyle(bold);
			}
			header.createCell(width).setCellValue(reasonsHeader);
			header.getCell(width).setCellStyle(bold);
			int r = 1;
			for (RefusedRow refused : rows) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < Math.min(width, refused.cells().size()); c++) {
					row.createCell(c).setCellValue(refused.cells().get(c));
				}
				row.createCell(width).setCellValue(refused.reasons());
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A refused row: its cells as uploaded and its reasons in words. */
	public record RefusedRow(List<String> cells, String reasons) {
	}

	private static CellStyle headerStyle(Workbook workbook) {
		CellStyle style = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		style.setFont(font);
		style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return style;
	}

	private static byte[] bytes(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
