package org.pairingatlas.bulk;

import org.apache.commons.csv.CSVRecord;
import org.pairingatlas.base.edit.ValueRules;

/**
 * One row of a division file and the line it starts on, with accessors that refuse a bad
 * value naming the file and the line.
 *
 * @param file the file's name
 * @param line the line the row starts on (the header is line 1)
 * @param record the row's fields
 */
record DivisionRow(String file, long line, CSVRecord record) {

	String get(String column) {
		return this.record.get(column);
	}

	/** The unit's own code: {@code digits} ASCII digits. */
	String code(int digits) {
		String code = get("code");
		if (!isDigits(code, digits)) {
			throw error("code '" + ValueRules.visible(code) + "' must be " + digits + " digits 0-9");
		}
		return code;
	}

	/** The name, stripped: 1 to 100 characters of plain text the seed would take. */
	String name() {
		String name = get("name").strip();
		if (name.isEmpty()) {
			throw error("name is blank");
		}
		String problem = ValueRules.textProblem(name, 100);
		if (problem != null) {
			throw error("name '" + ValueRules.visible(name) + "' " + problem);
		}
		return name;
	}

	/**
	 * The parent's code in {@code column}: {@code digits} digits that {@code code} begins
	 * with, as every official code begins with its parent's.
	 */
	String parent(String column, String code, int digits) {
		String parent = get(column);
		if (parent.isEmpty()) {
			throw error(column + " is empty: every unit below a province needs its parent's code");
		}
		if (parent.startsWith(code)) {
			throw error(column + " '" + parent + "' is the unit " + code + " itself or a unit below it");
		}
		if (!isDigits(parent, digits)) {
			throw error(column + " '" + ValueRules.visible(parent) + "' must be " + digits + " digits 0-9");
		}
		if (!code.startsWith(parent)) {
			throw error(column + " '" + parent + "' cannot be the parent of " + code
					+ ": a unit's code begins with its parent's code");
		}
		return parent;
	}

	IllegalArgumentException error(String problem) {
		return new IllegalArgumentException(this.file + " line " + this.line + ": " + problem);
	}

	// Character.isDigit would also take full-width and Arabic-Indic digits.
	private static boolean isDigits(String text, int digits) {
		return text.length() == digits && text.chars().allMatch((c) -> c >= '0' && c <= '9');
	}

}
