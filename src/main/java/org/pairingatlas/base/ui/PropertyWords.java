package org.pairingatlas.base.ui;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A stored property as people read it: its name in words ("级别", not "level") and its
 * value in words (县级, 是, 区县结对, 1,200 万元), so a node's details never show database keys.
 * Bookkeeping properties are not shown at all.
 */
public final class PropertyWords {

	/** Shown elsewhere (the key, the name as the title) or kept for bookkeeping. */
	private static final Set<String> HIDDEN = Set.of("key", "name", "version", "origin", "sha256", "file", "text");

	/** The vocabularies a property's value is a word of, tried in order. */
	private static final List<String> VALUE_WORDS = List.of("level", "kind", "status", "category", "unit", "measure",
			"role", "dimension", "exchange", "source");

	private PropertyWords() {
	}

	/** Whether the property is shown to people. */
	public static boolean shown(String property) {
		return !HIDDEN.contains(property);
	}

	public static String name(String property, Locale locale) {
		String plain = property.endsWith("Fen") ? property.substring(0, property.length() - 3) : property;
		return Translations.wordOr("property." + plain, plain, locale);
	}

	public static String value(String property, Object value, Locale locale) {
		if (value instanceof Boolean yes) {
			return Translations.wordOr(yes ? "value.yes" : "value.no", String.valueOf(yes), locale);
		}
		if (property.endsWith("Fen") && value instanceof Number fen) {
			return FactWords.amount(fen.longValue(), locale);
		}
		String text = String.valueOf(value);
		for (String vocabulary : List.of(property, "exchange")) {
			if (VALUE_WORDS.contains(vocabulary)) {
				String word = Translations.wordOr(vocabulary + "." + text, "", locale);
				if (!word.isEmpty()) {
					return word;
				}
			}
		}
		return text;
	}

}
