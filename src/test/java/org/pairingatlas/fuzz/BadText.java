package org.pairingatlas.fuzz;

import java.util.random.RandomGenerator;

/**
 * Bad strings: control characters, bidirectional overrides, lone surrogates, mixed
 * scripts, blanks that do or only seem to hold nothing, and strings too long for a field
 * or for the request itself.
 */
final class BadText {

	/** C0 and C1 controls; not line feed or carriage return, which CSV uses. */
	static final String[] CONTROLS = { "\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u000c", "\u001b", "\u007f",
			"\u0085", "\u009b" };

	/**
	 * Bidirectional embeddings, overrides and isolates (the "Trojan source" characters).
	 */
	static final String[] BIDI = { "\u202a", "\u202b", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069" };

	/** Controls that stripping leaves in place, for the ends of a text. */
	static final String[] END_CONTROLS = { "\u0000", "\u0001", "\u0007", "\u0008", "\u001b", "\u007f", "\u0085",
			"\u009b" };

	/** Blanks a trimmed text shows to be empty. */
	static final String[] BLANK = { "", " ", "   ", "\t", "\u3000", " \u3000 " };

	/** Text that shows as blank but is not whitespace to {@code String.strip()}. */
	static final String[] BLANK_LOOKING = { "\u00a0", "\u2007", "\u202f", "\u200b", "\ufeff", "\u2060",
			"\u00a0\u200b\u00a0" };

	private static final String[] SCRIPTS = { "汉字", "Кириллица", "العربية", "😀", "🇨🇳", "עברית", "ไทย", "ｆｕｌｌ",
			"Ελληνικά", "देवनागरी" };

	/**
	 * Characters a request of 65,536 bytes holds well under the limit, as ASCII or CJK.
	 */
	private static final int JUST_UNDER_ASCII = 60_000;

	private static final int JUST_UNDER_CJK = 19_000;

	private BadText() {
	}

	static String pick(RandomGenerator random, String... options) {
		return options[random.nextInt(options.length)];
	}

	/** Puts a piece inside a text, never at its ends, where stripping could remove it. */
	static String inside(RandomGenerator random, String text, String piece) {
		String base = (text.length() < 2) ? "a" + text + "b" : text;
		int at = 1 + random.nextInt(base.length() - 1);
		if (Character.isLowSurrogate(base.charAt(at))) {
			at--;
		}
		return base.substring(0, Math.max(at, 1)) + piece + base.substring(Math.max(at, 1));
	}

	static String withControl(RandomGenerator random, String text) {
		return inside(random, text, pick(random, CONTROLS));
	}

	static String withBidi(RandomGenerator random, String text) {
		return inside(random, text, pick(random, BIDI));
	}

	static String withLoneSurrogate(RandomGenerator random, String text) {
		char surrogate = (char) (random.nextBoolean() ? 0xD800 + random.nextInt(0x400)
				: 0xDC00 + random.nextInt(0x400));
		return inside(random, text, String.valueOf(surrogate));
	}

	static String mixedScripts(RandomGenerator random) {
		StringBuilder text = new StringBuilder();
		int parts = 2 + random.nextInt(3);
		for (int i = 0; i < parts; i++) {
			text.append(pick(random, SCRIPTS));
		}
		return text.toString();
	}

	/** A lower-case word of 4 to 10 letters, e.g. for a vocabulary no field has. */
	static String word(RandomGenerator random) {
		StringBuilder word = new StringBuilder();
		int length = 4 + random.nextInt(7);
		for (int i = 0; i < length; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

	/** Longer than {@code max} characters, but far from the request limit. */
	static String longer(RandomGenerator random, int max) {
		int length = max + 1 + random.nextInt(Math.max(1, Math.min(max, 1500)));
		return random.nextBoolean() ? "长".repeat(length) : "x".repeat(length);
	}

	/** 100,000 characters: the request is larger than the GraphQL request limit. */
	static String huge(RandomGenerator random) {
		return random.nextBoolean() ? "x".repeat(100_000) : "汉".repeat(100_000);
	}

	/** A string that leaves its request just under the request limit. */
	static String justUnder(RandomGenerator random) {
		return random.nextBoolean() ? "y".repeat(JUST_UNDER_ASCII) : "字".repeat(JUST_UNDER_CJK);
	}

	static BadValue oversize(RandomGenerator random) {
		return random.nextBoolean() ? BadValue.of("huge", huge(random))
				: BadValue.of("just-under-request-limit", justUnder(random));
	}

	/**
	 * A bad text for a text field: blank, control character, override, lone surrogate,
	 * too long or oversize. Blanks only when the field needs text.
	 */
	static BadValue text(RandomGenerator random, String current, int max, boolean needsText) {
		return switch (random.nextInt(needsText ? 8 : 6)) {
			case 0 -> BadValue.of("control-character", withControl(random, current));
			case 1 -> BadValue.of("bidi-control", withBidi(random, current));
			case 2 -> BadValue.of("lone-surrogate", withLoneSurrogate(random, current));
			case 3 -> BadValue.of("too-long", longer(random, max));
			case 4 -> oversize(random);
			case 5 ->
				BadValue.of("control-character", pick(random, END_CONTROLS) + current + pick(random, END_CONTROLS));
			case 6 -> BadValue.of("blank", pick(random, BLANK));
			default -> BadValue.of("blank-looking", pick(random, BLANK_LOOKING));
		};
	}

}
