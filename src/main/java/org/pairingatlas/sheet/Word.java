package org.pairingatlas.sheet;

import java.util.List;

/**
 * One word of a vocabulary a column takes: the value stored, and the words a sheet may
 * write for it (the first Chinese one is what the template offers).
 *
 * @param value the value the graph stores, e.g. {@code relatives}
 * @param zh the Chinese word, e.g. 结亲戚
 * @param en the English word
 * @param aliases other spellings met in sheets
 */
public record Word(String value, String zh, String en, List<String> aliases) {

	public static Word of(String value, String zh, String en, String... aliases) {
		return new Word(value, zh, en, List.of(aliases));
	}

}
