package org.pairingatlas.fuzz;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Bad values for fields that take one word of a vocabulary (level, kind, status,
 * category, recurrence, direction, unit …): unknown words, near misses, another field's
 * words, translations, and words with hidden characters.
 */
final class BadWords {

	/** Every vocabulary's words, to send one field another field's word. */
	static final List<String> ALL = List.of("county", "township", "institution", "district-county", "relatives",
			"hand-in-hand", "park-co-building", "enclave", "support", "active", "ended", "planned", "under-way",
			"completed", "operating", "yearly", "once", "to-recipient", "to-supporter", "both", "person",
			"person-times", "visit", "secondment", "training", "expert-visit", "study", "infrastructure", "education",
			"other", "yuan", "wan", "yi", "count", "percent", "exact", "about", "province", "village", "government",
			"document", "web", "true", "false");

	private static final String[] TRANSLATIONS = { "区县", "乡镇", "机构", "进行中", "已结束", "计划", "每年", "一次", "人次", "挂职", "基础设施",
			"万元", "个" };

	private BadWords() {
	}

	/** A value not among {@code allowed}, for a GraphQL input. */
	static BadValue word(RandomGenerator random, Set<String> allowed, boolean required) {
		if (random.nextInt(6) == 0) {
			return random.nextBoolean() ? BadText.oversize(random)
					: BadValues.wrongType(random, BadValues.JsonType.STRING, required);
		}
		if (random.nextInt(8) == 0) {
			return BadValue.of("blank", BadText.pick(random, BadText.BLANK));
		}
		return seedWord(random, allowed);
	}

	/** A value not among {@code allowed}, never blank nor padded (a seed file trims). */
	static BadValue seedWord(RandomGenerator random, Set<String> allowed) {
		List<String> valid = allowed.stream().sorted().toList();
		String word = valid.get(random.nextInt(valid.size()));
		String bad = switch (random.nextInt(9)) {
			case 0 -> BadText.word(random);
			case 1 -> word.toUpperCase(Locale.ROOT);
			case 2 -> Character.toUpperCase(word.charAt(0)) + word.substring(1);
			case 3 -> word.replace('-', '_') + (word.contains("-") ? "" : "s");
			case 4 -> otherWord(random, allowed);
			case 5 -> BadText.pick(random, TRANSLATIONS);
			case 6 -> BadText.mixedScripts(random);
			case 7 -> BadText.withControl(random, word);
			default -> BadText.withBidi(random, word);
		};
		return allowed.contains(bad) ? BadValue.of("unknown-word", "no-such-" + word) : BadValue.of(kindOf(bad), bad);
	}

	/** A unit other than the target's, for a measurement. */
	static BadValue unit(RandomGenerator random, String targetUnit) {
		if (random.nextInt(5) == 0) {
			return BadValues.wrongType(random, BadValues.JsonType.STRING, false);
		}
		String bad = switch (random.nextInt(5)) {
			case 0 -> otherWord(random, Set.of(targetUnit));
			case 1 -> BadText.pick(random, "yuan", "wan", "yi", "count", "percent", "person-times", "multiple");
			case 2 -> targetUnit.toUpperCase(Locale.ROOT);
			case 3 -> BadText.pick(random, "万元", "个", "", " " + targetUnit);
			default -> BadText.withControl(random, targetUnit);
		};
		return bad.equals(targetUnit) ? BadValue.of("unit-mismatch", "percent-per-" + targetUnit)
				: BadValue.of("unit-mismatch", bad);
	}

	private static String otherWord(RandomGenerator random, Set<String> allowed) {
		List<String> others = ALL.stream().filter((w) -> !allowed.contains(w)).toList();
		return others.get(random.nextInt(others.size()));
	}

	private static String kindOf(String bad) {
		if (bad.chars().anyMatch((c) -> Character.getType(c) == Character.FORMAT)) {
			return "bidi-control";
		}
		return bad.chars().anyMatch(Character::isISOControl) ? "control-character" : "unknown-word";
	}

}
