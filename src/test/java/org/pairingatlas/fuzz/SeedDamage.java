package org.pairingatlas.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Damage to a seed file beyond one bad value: rows with too few or too many fields,
 * unbalanced quotes, byte order marks, bytes that are not UTF-8, a wrong header, an empty
 * file, a file name of no known kind.
 */
final class SeedDamage {

	private SeedDamage() {
	}

	static SeedCase damage(SeedSpec spec, RandomGenerator random, List<Map<String, String>> rows, int target,
			String file) {
		int line = SeedCase.lineOf(spec, rows, target);
		String row = Csv.row(spec.header(), rows.get(target));
		String signature = "[" + spec.kind() + ":";
		return switch (random.nextInt(11)) {
			case 0 -> row(spec, rows, target, file, row.substring(0, row.lastIndexOf(',')), line, "too-few-fields");
			case 1 -> row(spec, rows, target, file, row + ",extra", line, "too-many-fields");
			case 2 -> row(spec, rows, target, file, unbalancedQuote(random, row), line, "unbalanced-quote");
			case 3 -> row(spec, rows, target, file, junkAfterQuote(row), line, "text-after-a-closing-quote");
			case 4 -> SeedCase.of(file, SeedCase.text(spec, rows, Map.of(target, "\uFEFF" + row)), line, Set.of("key"),
					signature + "byte-order-mark-in-a-row]", "a byte order mark opens row " + target);
			case 5, 6 -> notUtf8(spec, random, rows, target, file, line);
			case 7 -> SeedCase.of(file, "\uFEFF\uFEFF" + SeedCase.text(spec, rows, null), 1, Set.of("header"),
					signature + "two-byte-order-marks]", "two byte order marks open the file");
			case 8 -> header(spec, random, rows, file);
			case 9 -> SeedCase.of(file, "", 1, Set.of("header"), signature + "empty-file]", "an empty file");
			default -> SeedCase.of(file.replace("__" + spec.kind() + "__", "__" + BadText.word(random) + "__"),
					SeedCase.text(spec, rows, null), 0, Set.of("kind"), "[unknown-kind-of-file]",
					"a file name of no known kind");
		};
	}

	private static SeedCase row(SeedSpec spec, List<Map<String, String>> rows, int target, String file, String row,
			int line, String kind) {
		return SeedCase.of(file, SeedCase.text(spec, rows, Map.of(target, row)), line, Set.of(),
				"[" + spec.kind() + ":" + kind + "]", kind + " in row " + target + ": " + Json.visible(row));
	}

	/** Opens a quote at the start of a field that never closes it. */
	private static String unbalancedQuote(RandomGenerator random, String row) {
		String[] fields = row.split(",", -1);
		int field = random.nextInt(fields.length);
		fields[field] = "\"" + fields[field].replace("\"", "");
		return String.join(",", fields);
	}

	private static String junkAfterQuote(String row) {
		int comma = row.indexOf(',');
		return "\"" + row.substring(0, comma) + "\"x" + row.substring(comma);
	}

	/** A byte no UTF-8 text has, or a surrogate encoded as UTF-8 never allows. */
	private static SeedCase notUtf8(SeedSpec spec, RandomGenerator random, List<Map<String, String>> rows, int target,
			String file, int line) {
		String text = SeedCase.text(spec, rows, null);
		String row = Csv.row(spec.header(), rows.get(target));
		int at = text.indexOf(row) + row.indexOf(',') + 1;
		byte[][] bad = { { (byte) 0xFF }, { (byte) 0xC3 }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
				{ (byte) 0xC0, (byte) 0xAF } };
		byte[] bytes = bad[random.nextInt(bad.length)];
		return new SeedCase(file, SeedCase.withBytes(text, at, bytes), line, Set.of(),
				"[" + spec.kind() + ":not-utf-8]",
				"bytes that are not UTF-8 in row " + target + ": " + HexFormat.of().formatHex(bytes));
	}

	private static SeedCase header(SeedSpec spec, RandomGenerator random, List<Map<String, String>> rows, String file) {
		List<String> columns = spec.header();
		String column = columns.get(random.nextInt(columns.size()));
		String header = String.join(",", columns);
		String damaged = switch (random.nextInt(4)) {
			case 0 -> header.replaceFirst("\\b" + column + "\\b", column.toUpperCase(Locale.ROOT));
			case 1 -> header + "," + column;
			case 2 -> header + ",colour";
			default -> String.join(",", columns.subList(1, columns.size()));
		};
		String text = SeedCase.text(spec, rows, null);
		String body = text.substring(text.indexOf('\n'));
		return new SeedCase(file, (damaged + body).getBytes(StandardCharsets.UTF_8), 1, Set.of("header"),
				"[" + spec.kind() + ":wrong-header]", "header " + damaged);
	}

}
