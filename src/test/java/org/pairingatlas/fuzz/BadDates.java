package org.pairingatlas.fuzz;

import java.util.random.RandomGenerator;

/**
 * Bad dates for fields written {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}:
 * malformed, out of range (before 1949 or after 2100) and days no calendar has.
 */
final class BadDates {

	static final String[] MALFORMED = { "2023-13-01", "2023-00", "2023-06-00", "2023-06-32", "2023-1-5", "23-01-01",
			"2023/01/01", "2023.06.15", "20230615", "2023-06-15T00:00:00Z", "2023-06-15 10:00", "yesterday", "today",
			"2023年6月", "二〇二三年", "２０２３", "2023-06-", "-2023", "+2023-01", "99999-01-01", "2023-W24", "15/06/2023",
			"June 2023", "NaN" };

	/** Well formed, but before 1949 or after 2100. */
	static final String[] OUT_OF_RANGE = { "0000-01-01", "0000", "0001-01-01", "1000", "1800-06", "1900-01-01",
			"1948-12-31", "2101", "2999-01", "9999-12-31" };

	/** Well formed and in range, but no such day. */
	static final String[] IMPOSSIBLE = { "2023-02-29", "2023-02-30", "2024-02-30", "2023-02-31", "2022-04-31",
			"2021-06-31", "2023-09-31", "2023-11-31", "2100-02-29", "1950-02-29" };

	/** Each malformed string, also with text around it that trimming would remove. */
	private static final String[] PADDED = { " 2023", "2023 ", "2023-06-15\n", "" };

	private BadDates() {
	}

	/** A bad date for a string field of a GraphQL input. */
	static BadValue date(RandomGenerator random, boolean required) {
		return switch (random.nextInt(9)) {
			case 0, 1 -> BadValue.of("malformed-date", BadText.pick(random, MALFORMED));
			case 2 -> BadValue.of("malformed-date", BadText.pick(random, PADDED));
			case 3 -> BadValue.of("out-of-range-date", BadText.pick(random, OUT_OF_RANGE));
			case 4, 5 -> BadValue.of("impossible-date", BadText.pick(random, IMPOSSIBLE));
			case 6 -> BadValue.of("control-character", BadText.withControl(random, "2023-06-15"));
			case 7 -> BadValue.of("bidi-control", BadText.withBidi(random, "2023-06-15"));
			default -> BadValues.wrongType(random, BadValues.JsonType.STRING, required);
		};
	}

	/**
	 * A bad date for a seed file's column; no blanks or padding, which the loader reads
	 * as no value and trims.
	 */
	static BadValue seedDate(RandomGenerator random) {
		return switch (random.nextInt(6)) {
			case 0, 1 -> BadValue.of("malformed-date", BadText.pick(random, MALFORMED));
			case 2 -> BadValue.of("out-of-range-date", BadText.pick(random, OUT_OF_RANGE));
			case 3, 4 -> BadValue.of("impossible-date", BadText.pick(random, IMPOSSIBLE));
			default -> BadValue.of("control-character", BadText.withControl(random, "2023-06-15"));
		};
	}

}
