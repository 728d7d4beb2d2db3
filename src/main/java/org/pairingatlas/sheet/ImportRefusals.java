package org.pairingatlas.sheet;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.pairingatlas.base.ui.Translations;

/**
 * An import's refused rows as the sheet they came in, with a column of reasons beside
 * each, in the coordinator's language: corrected, it is uploaded again.
 */
public final class ImportRefusals {

	private ImportRefusals() {
	}

	public static void write(SheetImports imports, ImportReads reads, Translations words, String importKey,
			Locale language, OutputStream out) {
		ImportView view = reads.find(importKey).orElseThrow();
		SheetKind kind = imports.kind(view.kind()).orElseThrow();
		List<String> headers = new ArrayList<>();
		view.columns().forEach((column) -> {
			while (headers.size() < column.column()) {
				headers.add("");
			}
			headers.add(column.header());
		});
		List<SheetTemplate.RefusedRow> rows = reads.refused(importKey)
			.stream()
			.map((row) -> new SheetTemplate.RefusedRow(row.cells(), reasons(kind, row, words, language)))
			.toList();
		SheetTemplate.refusals(headers, rows, words.getTranslation("sheet.reasonsHeader", language), out);
	}

	/** "受援方：找不到“…”；开始日期：…" */
	public static String reasons(SheetKind kind, ImportRowView row, Translations words, Locale language) {
		List<String> told = new ArrayList<>();
		for (RowReason reason : row.reasons()) {
			String column = kind.columns()
				.stream()
				.filter((c) -> c.key().equals(reason.field()))
				.map((c) -> "en".equals(language.getLanguage()) ? c.en() : c.zh())
				.findFirst()
				.orElse(null);
			String message = reason.reason().in(words, language);
			told.add(
					(column != null) ? column + (language.getLanguage().equals("en") ? ": " : "：") + message : message);
		}
		return String.join((language.getLanguage().equals("en") ? "; " : "；"), told);
	}

}
