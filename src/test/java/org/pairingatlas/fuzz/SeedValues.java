package org.pairingatlas.fuzz;

import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Bad values for one column of a seed file, by what the column holds. Never a blank or a
 * padded value where the loader reads blank as "no value" and trims, since those are
 * valid.
 */
final class SeedValues {

	private SeedValues() {
	}

	static BadValue forColumn(SeedColumn column, RandomGenerator random, String current) {
		return switch (column.type()) {
			case KEY -> BadIds.seedKey(random);
			case REGION_KEY -> regionKey(random);
			case REFERENCE -> BadIds.seedReference(random, column.allowed());
			case REQUIRED_REFERENCE -> required(random, BadIds.seedReference(random, column.allowed()));
			case WORD -> BadWords.seedWord(random, column.allowed());
			case REQUIRED_WORD -> required(random, BadWords.seedWord(random, column.allowed()));
			case DATE -> BadDates.seedDate(random);
			case REQUIRED_DATE -> required(random, BadDates.seedDate(random));
			case YEAR -> BadNumbers.seedYear(random);
			case MONEY -> BadNumbers.seedMoney(random, "wan");
			case COUNT -> BadNumbers.seedCount(random);
			case MEASURE -> required(random, BadValue.of("not-a-decimal",
					BadText.pick(random, "-120", "NaN", "1e400", "1,000", "+5", "abc", "１２０")));
			case STEP -> BadNumbers.seedStep(random);
			case FLAG -> BadValue.of("unknown-word", BadText.pick(random, "yes", "TRUE", "True", "1", "0", "真", "t"));
			case NAME -> name(random, current);
			case TEXT -> text(random, current);
			case EXCERPT -> excerpt(random, current);
			case SOURCE -> required(random, BadIds.seedReference(random, Set.of("Source")));
			case UNIT -> unit(random);
			case FILE -> BadValue.of("bad-file",
					BadText.pick(random, "documents/no-such-document.txt", "../../../../../../../../../etc/passwd",
							"documents/../../../../../../../../etc/hostname", "documents", "documents/", "/etc/passwd",
							"data"));
		};
	}

	private static BadValue required(RandomGenerator random, BadValue otherwise) {
		return (random.nextInt(5) == 0) ? BadValue.of("missing-required", "") : otherwise;
	}

	private static BadValue regionKey(RandomGenerator random) {
		return (random.nextInt(3) == 0) ? BadIds.seedKey(random) : BadValue.of("malformed-region-key", BadText
			.pick(random, "42990100001", "4299010000123", "fuzz-region", "zone", "42 9901", "４２９９０１", "4299010a0001"));
	}

	private static BadValue name(RandomGenerator random, String current) {
		return switch (random.nextInt(6)) {
			case 0 -> BadValue.of("blank", BadText.pick(random, "", "   "));
			case 1 -> BadValue.of("blank-looking", BadText.pick(random, BadText.BLANK_LOOKING));
			default -> text(random, current);
		};
	}

	private static BadValue text(RandomGenerator random, String current) {
		String base = current.isEmpty() ? "模糊测试" : current;
		return switch (random.nextInt(4)) {
			case 0 -> BadValue.of("control-character", BadText.withControl(random, base));
			case 1 -> BadValue.of("control-character",
					BadText.pick(random, BadText.END_CONTROLS) + base + BadText.pick(random, BadText.END_CONTROLS));
			case 2 -> BadValue.of("bidi-control", BadText.withBidi(random, base));
			default -> BadValue.of("huge", BadText.huge(random));
		};
	}

	private static BadValue excerpt(RandomGenerator random, String current) {
		return switch (random.nextInt(5)) {
			case 0 -> BadValue.of("missing-required", "");
			case 1, 2 -> BadValue.of("excerpt-not-in-document", BadText.pick(random, BadText.mixedScripts(random),
					current.replace("2025", "2035"), Known.EXCERPT_OF_ANOTHER_DOCUMENT, "这是一段文件中没有的话"));
			case 3 -> BadValue.of("control-character", BadText.withControl(random, current));
			default -> BadValue.of("bidi-control", BadText.withBidi(random, current));
		};
	}

	/** A unit other than the target's (wan), or not a unit at all. */
	private static BadValue unit(RandomGenerator random) {
		return random.nextBoolean()
				? BadValue.of("unit-mismatch", BadText.pick(random, "yi", "yuan", "count", "percent"))
				: BadValue.of("malformed-unit", BadText.pick(random, "WAN", "万元", "wan yuan", "1wan", ""));
	}

}
