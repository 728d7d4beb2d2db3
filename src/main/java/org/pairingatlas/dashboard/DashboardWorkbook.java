package org.pairingatlas.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.pairingatlas.base.ui.Translations;
import org.pairingatlas.funding.FundingRow;

/**
 * The dashboard's funding tables as an XLSX workbook, written with Apache POI: funding by
 * year (with the projects of no known year on a row of their own), by category, and what
 * the documents report, amounts in 万元 as the charts show them.
 */
final class DashboardWorkbook {

	private DashboardWorkbook() {
	}

	static byte[] of(FundingTables tables, Translations words, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			List<String> amounts = List.of(words.getTranslation("dashboard.projectsHeader", locale),
					words.getTranslation("dashboard.collaboration", locale) + " ("
							+ words.getTranslation("dashboard.wan", locale) + ")",
					words.getTranslation("dashboard.matching", locale) + " ("
							+ words.getTranslation("dashboard.wan", locale) + ")",
					words.getTranslation("dashboard.total", locale) + " ("
							+ words.getTranslation("dashboard.wan", locale) + ")");
			Sheet years = workbook.createSheet(words.getTranslation("dashboard.sheetYears", locale));
			header(years, words.getTranslation("dashboard.year", locale), amounts);
			int r = 1;
			for (FundingRow row : tables.years()) {
				amounts(years.createRow(r++), String.valueOf(row.year()), row);
			}
			if (tables.undated().projects() > 0) {
				amounts(years.createRow(r++), words.getTranslation("dashboard.yearUnknown", locale), tables.undated());
			}
			amounts(years.createRow(r), words.getTranslation("dashboard.all", locale), tables.total());
			Sheet categories = workbook.createSheet(words.getTranslation("dashboard.sheetCategories", locale));
			header(categories, words.getTranslation("dashboard.category", locale), amounts);
			r = 1;
			for (FundingRow row : tables.categories()) {
				String category = (row.category() != null)
						? Translations.wordOr("category." + row.category(), row.category(), locale)
						: words.getTranslation("dashboard.categoryUnknown", locale);
				amounts(categories.createRow(r++), category, row);
			}
			Sheet reported = workbook.createSheet(words.getTranslation("dashboard.sheetReported", locale));
			reported.createRow(0).createCell(0).setCellValue(words.getTranslation("dashboard.reportedHeader", locale));
			r = 1;
			for (var figure : tables.reported()) {
				reported.createRow(r++).createCell(0).setCellValue(ReportedFigureText.of(figure, locale));
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void header(Sheet sheet, String first, List<String> rest) {
		Row row = sheet.createRow(0);
		row.createCell(0).setCellValue(first);
		for (int c = 0; c < rest.size(); c++) {
			row.createCell(c + 1).setCellValue(rest.get(c));
		}
		sheet.setColumnWidth(0, 24 * 256);
	}

	private static void amounts(Row row, String label, FundingRow funding) {
		row.createCell(0).setCellValue(label);
		row.createCell(1).setCellValue(funding.projects());
		List<Function<FundingRow, BigDecimal>> amounts = List.of(FundingRow::collaborationFunds,
				FundingRow::matchingFunds, FundingRow::totalInvestment);
		for (int c = 0; c < amounts.size(); c++) {
			row.createCell(c + 2)
				.setCellValue(
						amounts.get(c).apply(funding).movePointLeft(4).setScale(2, RoundingMode.HALF_UP).doubleValue());
		}
	}

}
