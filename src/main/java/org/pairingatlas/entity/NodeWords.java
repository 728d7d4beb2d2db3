package org.pairingatlas.entity;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.ui.FactWords;
import org.pairingatlas.base.ui.Language;

/**
 * A node's name as {@link EntityTypes#displayName} gives it, in the reader's words: the
 * parts of a figure, target, exchange, transfer, participation or discrepancy become
 * "对口协作资金 11.25 亿元（2016–2020）" rather than database codes; any other name is itself.
 */
public final class NodeWords {

	static final String MARK = "\u001f";

	private NodeWords() {
	}

	/** The name in words of the language. */
	public static String of(String name, Locale locale) {
		if (!name.startsWith(MARK)) {
			return name;
		}
		String[] parts = name.substring(1).split(MARK, -1);
		return switch (parts[0]) {
			case "figure" -> FactWords.figure(parts[1], blank(parts[2]), blank(parts[3]), blank(parts[4]),
					blank(parts[5]), blank(parts[6]), locale);
			case "target" -> FactWords.target(parts[1], blank(parts[2]), blank(parts[3]), blank(parts[4]), locale);
			case "exchange" -> FactWords.exchange(parts[1], blank(parts[2]), blank(parts[3]), locale);
			case "transfer" -> FactWords.transfer(parts[1].isEmpty() ? null : Long.valueOf(parts[1]), locale);
			case "participation" -> FactWords.participation(parts[1], blank(parts[2]), locale);
			case "discrepancy" -> FactWords.discrepancy(parts[1], locale);
			default -> name.substring(1);
		};
	}

	/**
	 * The name in the words of the page asking (Chinese for the API, which names things
	 * in Chinese).
	 */
	public static String current(String name) {
		return of(name, Language.english() ? Language.ENGLISH : Language.CHINESE);
	}

	private static @Nullable String blank(String part) {
		return part.isEmpty() ? null : part;
	}

}
