package org.pairingatlas.sheet;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A row as its kind reads it: its cells by field, and its text, which the facts it
 * records cite as their excerpt.
 *
 * @param number the row's number in the sheet
 * @param values the cells' text by field; blank cells are absent
 * @param text the row as cited: its number and its cells, e.g. "第7行：竹溪县蒋家堰镇 | …"
 */
public record RowValues(int number, Map<String, String> values, String text) {

	public @Nullable String get(String field) {
		return this.values.get(field);
	}

}
