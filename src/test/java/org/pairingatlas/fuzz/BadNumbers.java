package org.pairingatlas.fuzz;

import java.util.random.RandomGenerator;

/**
 * Bad numbers: years and steps out of range or not an {@code Int}, stale and negative
 * versions, and amounts (the {@code Decimal} scalar, exact yuan) that are not decimals,
 * negative, finer than a fen or larger than any programme's funds.
 */
final class BadNumbers {

	/** Strings the {@code Decimal} scalar must refuse: not plain decimals. */
	static final String[] NOT_DECIMAL = { "NaN", "Infinity", "-Infinity", "1e400", "1E5", "1,000", "3,750.00", "1 000",
			"12.", ".5", "+5", "0x10", "１２３", "١٢٣", "½", "五百", "abc", "", " 12", "12 ", "1.2.3", "--1",
			"0.00000000001", "123456789012345678901" };

	private static final int[] YEARS = { -1, 0, 1, 1000, 1948, 2101, 3000, 100_000, Integer.MAX_VALUE,
			Integer.MIN_VALUE };

	private BadNumbers() {
	}

	/** A year out of 1949 to 2100, or not an {@code Int} at all. */
	static BadValue year(RandomGenerator random) {
		if (random.nextInt(3) == 0) {
			return BadValues.wrongType(random, BadValues.JsonType.INT, false);
		}
		return BadValue.of("out-of-range-year", YEARS[random.nextInt(YEARS.length)]);
	}

	/** A fund transfer's step out of 1 to 20, or not an {@code Int}. */
	static BadValue step(RandomGenerator random) {
		if (random.nextInt(3) == 0) {
			return BadValues.wrongType(random, BadValues.JsonType.INT, false);
		}
		int[] steps = { 0, -1, 21, 100, Integer.MAX_VALUE, Integer.MIN_VALUE };
		return BadValue.of("out-of-range-step", steps[random.nextInt(steps.length)]);
	}

	/** A version other than the current one: stale, ahead, negative, or not an Int. */
	static BadValue version(RandomGenerator random, int current) {
		return switch (random.nextInt(6)) {
			case 0 -> BadValue.of("stale-version", current + 1 + random.nextInt(3));
			case 1 -> BadValue.of("stale-version", (current > 0) ? current - 1 : current + 1000);
			case 2 -> BadValue.of("stale-version", (current != Integer.MAX_VALUE) ? Integer.MAX_VALUE : 0);
			case 3 -> BadValue.of("negative-version", -1 - random.nextInt(Math.max(1, current)));
			case 4 -> BadValue.of("negative-version", Integer.MIN_VALUE);
			default -> BadValues.wrongType(random, BadValues.JsonType.INT, true);
		};
	}

	/** An amount of money in yuan that no edit may record. */
	static BadValue money(RandomGenerator random) {
		return switch (random.nextInt(7)) {
			case 0, 1 -> BadValue.of("not-a-decimal", BadText.pick(random, NOT_DECIMAL));
			case 2 -> BadValue.of("negative-amount", BadText.pick(random, "-1", "-0.01", "-0.001", "-225000000.00"));
			case 3 -> BadValue.of("negative-amount", -1 - random.nextInt(1000));
			case 4 -> BadValue.of("finer-than-fen", BadText.pick(random, "12.345", "0.001", "0.009", "1.0000000001"));
			case 5 -> BadValue.of("too-large-amount",
					BadText.pick(random, "10000000000000000", "99999999999999999999", "12345678901234567890.5"));
			default -> BadValues.wrongType(random, BadValues.JsonType.DECIMAL, false);
		};
	}

	/** A count of people that is not a whole, non-negative number. */
	static BadValue count(RandomGenerator random) {
		return switch (random.nextInt(5)) {
			case 0 ->
				BadValue.of("fractional-count", BadText.pick(random, "1.5", "0.5", "2.25", "12.345", "0.0000000001"));
			case 1 -> BadValue.of("negative-count", BadText.pick(random, "-1", "-3", "-0.001"));
			case 2 -> BadValue.of("negative-count", -1 - random.nextInt(100));
			case 3 -> BadValue.of("not-a-decimal", BadText.pick(random, NOT_DECIMAL));
			default -> BadValues.wrongType(random, BadValues.JsonType.DECIMAL, true);
		};
	}

	/** A measured value that is not a decimal number at all. */
	static BadValue measure(RandomGenerator random) {
		return random.nextBoolean() ? BadValue.of("not-a-decimal", BadText.pick(random, NOT_DECIMAL))
				: BadValues.wrongType(random, BadValues.JsonType.DECIMAL, true);
	}

	/** A seed file's year: not four digits, or four digits out of 1949 to 2100. */
	static BadValue seedYear(RandomGenerator random) {
		return random.nextBoolean()
				? BadValue.of("malformed-year",
						BadText.pick(random, "-1", "0", "100000", "2147483648", "2023.5", "1e3", "２０２２", "二〇二二",
								"2022-06", "20 22", "MMXXII"))
				: BadValue.of("out-of-range-year",
						BadText.pick(random, "0000", "0001", "1000", "1800", "1948", "2101", "2999", "9999"));
	}

	/** A seed file's amount: signed, separated, not a number, or finer than a fen. */
	static BadValue seedMoney(RandomGenerator random, String unit) {
		return switch (random.nextInt(4)) {
			case 0 -> BadValue.of("negative-amount", BadText.pick(random, "-5", "-0.01", "-1e3"));
			case 1 -> BadValue.of("finer-than-fen", switch (unit) {
				case "yuan" -> "12.345";
				case "wan" -> "1.0000001";
				default -> "1.00000000001";
			});
			default -> BadValue.of("not-a-decimal", BadText.pick(random, "NaN", "Infinity", "1e400", "1,000", "12.",
					".5", "+5", "0x10", "１２３", "½", "五百", "abc", "1.2.3"));
		};
	}

	/** A seed file's count of people: fractional, negative or not a number. */
	static BadValue seedCount(RandomGenerator random) {
		return switch (random.nextInt(3)) {
			case 0 -> BadValue.of("fractional-count", BadText.pick(random, "1.5", "0.5", "2.25"));
			case 1 -> BadValue.of("negative-count", BadText.pick(random, "-1", "-3"));
			default -> BadValue.of("not-a-decimal", BadText.pick(random, "NaN", "1e400", "1,000", "+3", "abc", "３"));
		};
	}

	/** A seed file's step, which must be a positive whole number. */
	static BadValue seedStep(RandomGenerator random) {
		return BadValue.of("out-of-range-step",
				BadText.pick(random, "0", "-1", "1.5", "1e2", "abc", "1,000", "1000000000", "01", "+1", "一"));
	}

}
