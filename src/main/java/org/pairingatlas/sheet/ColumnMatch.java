package org.pairingatlas.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.search.Pinyin;

/**
 * Which column of a sheet fills which field of a kind: the header row found among the
 * first rows (a title may stand above it), each header matched by its Chinese or English
 * name, the pinyin of the Chinese one, or a common variant ("受援方 Recipient", "受援方（必填）",
 * "shouyuanfang"); the coordinator may then set any column by hand.
 *
 * @param headerRow the header row's number in the sheet
 * @param headers the header text by column
 * @param fields the field each matched column fills, by column
 */
public record ColumnMatch(int headerRow, Map<Integer, String> headers, Map<Integer, String> fields) {

	private static final int HEADER_SEARCH_ROWS = 20;

	/**
	 * Matches the sheet's headers to the kind's columns.
	 * @throws SheetRefused if no row looks like the kind's header
	 */
	public static ColumnMatch of(Sheet sheet, SheetKind kind) {
		Map<String, List<String>> names = new LinkedHashMap<>();
		kind.columns().forEach((column) -> names.put(column.key(), names(column)));
		ColumnMatch best = null;
		int bestCount = 0;
		for (SheetRow row : sheet.rows().subList(0, Math.min(HEADER_SEARCH_ROWS, sheet.rows().size()))) {
			ColumnMatch match = ofHeader(row, names);
			if (match.fields().size() > bestCount) {
				best = match;
				bestCount = match.fields().size();
			}
		}
		if (best == null) {
			throw new SheetRefused(Reason.of("sheet.refusal.wrongTemplate", requiredHeaders(kind)));
		}
		return best;
	}

	private static ColumnMatch ofHeader(SheetRow row, Map<String, List<String>> names) {
		Map<Integer, String> headers = new LinkedHashMap<>();
		Map<Integer, String> fields = new LinkedHashMap<>();
		for (int c = 0; c < row.cells().length; c++) {
			String header = row.cell(c);
			if (header == null) {
				continue;
			}
			headers.put(c, header);
			String field = fieldOf(header, names);
			if (field != null && !fields.containsValue(field)) {
				fields.put(c, field);
			}
		}
		return new ColumnMatch(row.number(), headers, fields);
	}

	/** The field a header names, if any, given each field's names. */
	static @Nullable String fieldOf(String header, Map<String, List<String>> names) {
		String whole = Cells.fold(header.replaceAll("[（(].*?[)）]", ""));
		List<String> parts = new ArrayList<>();
		parts.add(whole);
		parts.add(Cells.fold(header));
		for (String part : header.split("[\\s/|\\n]+|(?<=[\\p{IsHan}])(?=[A-Za-z])")) {
			parts.add(Cells.fold(part));
		}
		for (String part : parts) {
			for (Map.Entry<String, List<String>> field : names.entrySet()) {
				if (field.getValue().contains(part)) {
					return field.getKey();
				}
			}
		}
		return null;
	}

	private static List<String> names(SheetColumn column) {
		List<String> names = new ArrayList<>();
		names.add(Cells.fold(column.zh()));
		names.add(Cells.fold(column.en()));
		names.add(Cells.fold(column.header()));
		names.add(Cells.fold(column.key()));
		names.add(Pinyin.of(column.zh()));
		column.aliases().forEach((alias) -> {
			names.add(Cells.fold(alias));
			names.add(Pinyin.folded(alias));
		});
		names.removeIf(String::isEmpty);
		return names;
	}

	/** This match with the coordinator's choices: a field per column, blank for none. */
	public ColumnMatch adjusted(Map<Integer, String> choices) {
		Map<Integer, String> adjusted = new HashMap<>(this.fields);
		choices.forEach((column, field) -> {
			adjusted.values().remove(field);
			adjusted.remove(column);
			if (field != null && !field.isBlank()) {
				adjusted.put(column, field);
			}
		});
		return new ColumnMatch(this.headerRow, this.headers, Map.copyOf(adjusted));
	}

	/** The required fields no column fills. */
	public List<SheetColumn> missing(SheetKind kind) {
		return kind.columns().stream().filter((c) -> c.required() && !this.fields.containsValue(c.key())).toList();
	}

	static String requiredHeaders(SheetKind kind) {
		return String.join("、", kind.columns().stream().filter(SheetColumn::required).map(SheetColumn::zh).toList());
	}

}
