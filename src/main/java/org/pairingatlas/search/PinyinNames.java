package org.pairingatlas.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin spellings of a Chinese name, for search: the full spelling without tones
 * ("shiyanshi") and the initials ("sys"), in every reading of characters that have
 * several (重庆: zhongqing, chongqing), up to a limit.
 */
final class PinyinNames {

	private static final int MAX_VARIANTS = 8;

	private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

	// pinyin4j formats every reading of a character on every call, which made
	// the readings most of the cost of a name (about 57 µs); a bulk import
	// spells 665,000 names. The lists are immutable, so a race only computes
	// one twice.
	@SuppressWarnings("unchecked")
	private static final List<String>[] READINGS = new List[Character.MAX_VALUE + 1];

	static {
		FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
	}

	private PinyinNames() {
	}

	/** The full spellings and the initials of every reading of a name. */
	static Terms terms(String name) {
		Set<String> full = new LinkedHashSet<>();
		Set<String> initials = new LinkedHashSet<>();
		for (List<String> variant : variants(name)) {
			StringBuilder spelling = new StringBuilder();
			StringBuilder firsts = new StringBuilder();
			for (String syllable : variant) {
				spelling.append(syllable);
				firsts.append(syllable.charAt(0));
			}
			full.add(spelling.toString());
			initials.add(firsts.toString());
		}
		return new Terms(String.join(" ", full), String.join(" ", initials));
	}

	/**
	 * A name's search terms.
	 *
	 * @param full full spellings without tones, space separated ("zhongqingshi
	 * chongqingshi")
	 * @param initials their initials ("zqs cqs")
	 */
	record Terms(String full, String initials) {

		/** Everything the full-text index holds for the name. */
		String indexed() {
			return (this.full + " " + this.initials).strip();
		}

	}

	/** The first reading, syllables separated by spaces, e.g. "shi yan shi". */
	static String spelling(String name) {
		List<List<String>> variants = variants(name);
		return variants.isEmpty() ? "" : String.join(" ", variants.get(0));
	}

	/**
	 * What a user typed, as the index spells it: lower case, tone marks and tone numbers
	 * removed, ü as v, spaces and apostrophes dropped ("Shí yàn" and "shi2 yan4" both
	 * become "shiyan").
	 */
	static String normaliseQuery(String text) {
		String withoutMarks = Normalizer.normalize(text.replace('ü', 'v').replace('Ü', 'v'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		return withoutMarks.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
	}

	private static List<List<String>> variants(String name) {
		List<List<String>> variants = new ArrayList<>();
		variants.add(new ArrayList<>());
		for (char c : name.toCharArray()) {
			List<String> readings = readings(c);
			if (readings.isEmpty()) {
				continue;
			}
			List<List<String>> next = new ArrayList<>();
			for (List<String> variant : variants) {
				for (String reading : readings) {
					if (next.size() >= MAX_VARIANTS) {
						break;
					}
					List<String> extended = new ArrayList<>(variant);
					extended.add(reading);
					next.add(extended);
				}
			}
			variants = next;
		}
		return variants.get(0).isEmpty() ? List.of() : variants;
	}

	private static List<String> readings(char c) {
		List<String> known = READINGS[c];
		if (known == null) {
			known = readingsOf(c);
			READINGS[c] = known;
		}
		return known;
	}

	private static List<String> readingsOf(char c) {
		if (Character.isLetterOrDigit(c) && c < 128) {
			return List.of(String.valueOf(Character.toLowerCase(c)));
		}
		try {
			String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
			if (readings == null) {
				return List.of();
			}
			List<String> distinct = List.copyOf(new LinkedHashSet<>(List.of(readings)));
			return distinct.subList(0, Math.min(3, distinct.size()));
		}
		catch (BadHanyuPinyinOutputFormatCombination ex) {
			throw new IllegalStateException(ex);
		}
	}

}
