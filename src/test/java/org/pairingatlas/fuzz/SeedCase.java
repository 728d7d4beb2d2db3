package org.pairingatlas.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * One corrupted seed file: one to three valid rows, one of them (or the file's header,
 * encoding or name) corrupted, and where the refusal must point.
 *
 * @param file the file's name
 * @param content its bytes
 * @param line the line the refusal must name, 0 when the fault is the file as a whole
 * @param fields the columns it may name (empty: any, e.g. for a row with too few fields)
 * @param signature the kinds of corruption, to group failures by
 * @param description the corruption, for people
 */
record SeedCase(String file, byte[] content, int line, Set<String> fields, String signature, String description) {

	private static final String[][] PERIODS = { { "start_date", "end_date" }, { "period_start", "period_end" },
			{ "start_year", "end_year" }, { "year_start", "year_end" } };

	static SeedCase generate(RandomGenerator random, int index) {
		SeedSpec spec = SeedSpecs.ALL.get(random.nextInt(SeedSpecs.ALL.size()));
		int count = 1 + random.nextInt(3);
		List<Map<String, String>> rows = validRows(spec, count);
		int target = random.nextInt(count);
		String file = "V9%03d__%s__fuzz_case_%d.csv".formatted(index % 1000, spec.kind(), index);
		int roll = random.nextInt(100);
		if (roll < 60) {
			return value(spec, random, rows, target, file);
		}
		if (roll < 75 && !spec.together().isEmpty()) {
			return together(spec, spec.together().get(random.nextInt(spec.together().size())), random, count, file);
		}
		return SeedDamage.damage(spec, random, rows, target, file);
	}

	private static List<Map<String, String>> validRows(SeedSpec spec, int count) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new HashMap<>(spec.row().apply(i)));
		}
		return rows;
	}

	/** A file of {@code count} valid rows of a kind, with one corruption across them. */
	static SeedCase together(SeedSpec spec, SeedSpec.Together together, RandomGenerator random, int count,
			String file) {
		List<Map<String, String>> rows = validRows(spec, count);
		SeedSpec.Blame blame = together.apply(random, rows, random.nextInt(count));
		return of(file, text(spec, rows, null), lineOf(spec, rows, blame.row()), blame.fields(),
				"[" + spec.kind() + ":" + blame.kind() + "]", blame.kind() + " at row " + blame.row());
	}

	private static SeedCase value(SeedSpec spec, RandomGenerator random, List<Map<String, String>> rows, int target,
			String file) {
		SeedColumn column = spec.columns().get(random.nextInt(spec.columns().size()));
		String current = rows.get(target).getOrDefault(column.name(), "");
		BadValue bad = SeedValues.forColumn(column, random, current);
		rows.get(target).put(column.name(), bad.text());
		return of(file, text(spec, rows, null), lineOf(spec, rows, target), blamed(column.name()),
				"[" + spec.kind() + "." + column.name() + ":" + bad.kind() + "]",
				column.name() + " = " + bad.describe());
	}

	/**
	 * A column, and the other end of its period: an error about the period may name
	 * either.
	 */
	private static Set<String> blamed(String column) {
		for (String[] period : PERIODS) {
			if (column.equals(period[0]) || column.equals(period[1])) {
				return Set.of(period);
			}
		}
		return Set.of(column);
	}

	static SeedCase of(String file, String text, int line, Set<String> fields, String signature, String description) {
		return new SeedCase(file, text.getBytes(StandardCharsets.UTF_8), line, fields, signature, description);
	}

	/**
	 * The file's text; {@code replaced} stands in for the rendering of one row, if given.
	 */
	static String text(SeedSpec spec, List<Map<String, String>> rows, @Nullable Map<Integer, String> replaced) {
		StringBuilder text = new StringBuilder(String.join(",", spec.header())).append('\n');
		for (int i = 0; i < rows.size(); i++) {
			String row = (replaced != null && replaced.containsKey(i)) ? replaced.get(i)
					: Csv.row(spec.header(), rows.get(i));
			text.append(row).append('\n');
		}
		return text.toString();
	}

	/**
	 * The line a row starts on: the header is line 1, and quoted values may span lines.
	 */
	static int lineOf(SeedSpec spec, List<Map<String, String>> rows, int row) {
		int line = 2;
		for (int i = 0; i < row; i++) {
			line += 1 + (int) Csv.row(spec.header(), rows.get(i)).chars().filter((c) -> c == '\n').count();
		}
		return line;
	}

	/**
	 * The bytes of a text with {@code bytes} put in at {@code at} (a character index).
	 */
	static byte[] withBytes(String text, int at, byte... bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
		out.writeBytes(bytes);
		out.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	String describe() {
		return this.file + ": " + this.description + "\n      expected: line " + this.line + ", fields " + this.fields
				+ "\n      file: " + Json.visible(new String(this.content, StandardCharsets.UTF_8));
	}

}
