package org.pairingatlas.sheet;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One row of an uploaded sheet as read: its number in the sheet (1 for the first), its
 * cells' text (normalised: full-width forms folded, spaces stripped) and what was wrong
 * with a cell that could not be read (a formula with no stored value, an error value).
 *
 * @param number the row's number as the spreadsheet shows it
 * @param cells the cells' text by column, empty where blank
 * @param hidden whether the row is hidden in the sheet
 * @param problems reasons a cell could not be read, by column
 */
public record SheetRow(int number, String[] cells, boolean hidden, Map<Integer, Reason> problems) {

	/** The text of a column, or null where blank or beyond the row. */
	public @Nullable String cell(int column) {
		if (column < 0 || column >= this.cells.length) {
			return null;
		}
		String text = this.cells[column];
		return (text == null || text.isEmpty()) ? null : text;
	}

	public boolean isBlank() {
		for (String cell : this.cells) {
			if (cell != null && !cell.isEmpty()) {
				return false;
			}
		}
		return this.problems.isEmpty();
	}

}
