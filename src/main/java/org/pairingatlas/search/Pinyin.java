package org.pairingatlas.search;

/**
 * Pinyin for features other than search: how a Chinese word is spelled, as a user would
 * type it without tones or spaces ("shouyuanfang").
 */
public final class Pinyin {

	private Pinyin() {
	}

	/** The first reading of the word, lower case, no spaces. */
	public static String of(String chinese) {
		return PinyinNames.normaliseQuery(PinyinNames.spelling(chinese));
	}

	/** Text as a pinyin spelling is compared: lower case, no marks, tones or spaces. */
	public static String folded(String text) {
		return PinyinNames.normaliseQuery(text);
	}

}
