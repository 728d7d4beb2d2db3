package org.pairingatlas.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * One corruption of a division file: a new header, a new text for one row, or that row
 * twice.
 *
 * @param kind what is wrong
 * @param header the header in its place, if it changes
 * @param row the row's text in its place, if it changes
 * @param duplicate whether the row appears twice
 */
record DivisionDamage(String kind, @Nullable String header, @Nullable String row, boolean duplicate) {

	static DivisionDamage pick(RandomGenerator random, String file, List<String> header, List<String> fields,
			int digits, String parentColumn) {
		int parent = header.indexOf(parentColumn);
		String code = fields.get(0);
		return switch (random.nextInt((parent < 0) ? 7 : 11)) {
			case 0 ->
				row("code-of-the-wrong-length", fields, 0, BadText.pick(random, code.substring(1), code + "0", ""));
			case 1 -> row("code-not-digits", fields, 0,
					BadText.pick(random, "4a" + code.substring(2), toFullWidth(code), toArabicIndic(code),
							" " + code.substring(1), "-" + code.substring(1), "\uFEFF" + code.substring(1)));
			case 2 -> row("bad-name", fields, 1, BadText.pick(random, "\"\"", "\"" + "长".repeat(101) + "\"",
					"\"茅箭\u0007区\"", "\"\u202e区箭茅\"", "\" \""));
			case 3 -> new DivisionDamage("missing-column", dropColumn(random, header), null, false);
			case 4 -> new DivisionDamage("short-row", null, String.join(",", fields.subList(0, 1)), false);
			case 5 -> new DivisionDamage("duplicate-row", null, null, true);
			case 6 -> row("unbalanced-quote", fields, 1, "\"" + fields.get(1).replace("\"", ""));
			case 7 -> row("parent-not-in-the-tree", fields, parent, "9".repeat(digits - (digits > 6 ? 3 : 2)));
			case 8 -> row("empty-parent", fields, parent, "");
			case 9 -> row("parent-is-itself-or-below", fields, parent, code);
			default -> row("parent-in-another-branch", fields, parent, otherBranch(file, code.startsWith("42")));
		};
	}

	private static DivisionDamage row(String kind, List<String> fields, int column, String value) {
		List<String> changed = new ArrayList<>(fields);
		changed.set(column, value);
		return new DivisionDamage(kind, null, String.join(",", changed), false);
	}

	private static String dropColumn(RandomGenerator random, List<String> header) {
		List<String> kept = new ArrayList<>(header);
		kept.remove(random.nextInt(Math.min(3, kept.size())));
		return String.join(",", kept);
	}

	/** A parent that exists, under the other province: 青海 for 湖北's units and back. */
	private static String otherBranch(String file, boolean inHubei) {
		return switch (file) {
			case "cities.csv" -> inHubei ? "63" : "42";
			case "areas.csv" -> inHubei ? "6301" : "4203";
			case "streets.csv" -> inHubei ? "630102" : "420302";
			default -> inHubei ? "630102001" : "420302001";
		};
	}

	private static String toFullWidth(String digits) {
		return digits.chars().mapToObj((c) -> String.valueOf((char) (c - '0' + '０'))).reduce("", String::concat);
	}

	private static String toArabicIndic(String digits) {
		return digits.chars().mapToObj((c) -> String.valueOf((char) (c - '0' + '\u0660'))).reduce("", String::concat);
	}

	String describe() {
		return (this.header != null) ? "header " + this.header : (this.row != null) ? this.row : "row twice";
	}

}
