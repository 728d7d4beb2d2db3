package org.pairingatlas.sheet;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
			.map((row) -> new SheetTemplate.RefusedRow(row.cells(),
					reasons(imports.headers(kind), row, words, language)))
			.toList();
		SheetTemplate.refusals(headers, rows, words.getTranslation("sheet.reasonsHeader", language), out);
	}

	/** "受援方：找不到“…”；开始日期：…", the columns named by the kind's headers. */
	public static String reasons(Map<String, SheetColumn.Header> headers, ImportRowView row, Translations words,
			Locale language) {
		boolean english = "en".equals(language.getLanguage());
		List<String> told = new ArrayList<>();
		for (RowReason reason : row.reasons()) {
			SheetColumn.Header column = (reason.field() != null) ? headers.get(reason.field()) : null;
			String message = reason.reason().in(words, language);
			told.add((column != null) ? column.in(language) + (english ? ": " : "：") + message : message);
		}
		return String.join(english ? "; " : "；", told);
	}

}
