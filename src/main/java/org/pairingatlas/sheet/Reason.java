package org.pairingatlas.sheet;

import java.util.List;
import java.util.Locale;

import org.pairingatlas.base.ui.Translations;

/**
 * Why a file, a row or a cell was refused, as a message key of the explorer's words and
 * its arguments: told in the coordinator's language wherever it is shown.
 *
 * @param key the message key, {@code sheet.refusal.*}
 * @param args its arguments, as text
 */
public record Reason(String key, List<String> args) {

	public static Reason of(String key, Object... args) {
		return new Reason(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
	}

	/** The reason in this language. */
	public String in(Translations words, Locale language) {
		return words.getTranslation(this.key, language, this.args.toArray());
	}

}
