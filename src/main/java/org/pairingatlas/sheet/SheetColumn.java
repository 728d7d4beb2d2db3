package org.pairingatlas.sheet;

import java.util.List;

/**
 * A column of a kind's sheet: the field it fills, its headers in Chinese and English, the
 * other headers coordinators write for it, and the words it takes.
 *
 * @param key the field, e.g. {@code recipient}
 * @param zh its Chinese header
 * @param en its English header
 * @param aliases other headers matched to it (pinyin of the Chinese one is matched
 * without listing it)
 * @param required whether every row must fill it
 * @param words the vocabulary it takes, empty for free text
 * @param help what to write, for the template's guide (Chinese, then English)
 * @param example the example row's value
 */
public record SheetColumn(String key, String zh, String en, List<String> aliases, boolean required, List<Word> words,
		String help, String example) {

	/** A column's header in both languages. */
	public record Header(String zh, String en) {

		public String in(java.util.Locale language) {
			return "en".equals(language.getLanguage()) ? this.en : this.zh;
		}

	}

	/** The header the template writes: both languages. */
	public String header() {
		return this.zh + " " + this.en;
	}

}
