package org.pairingatlas.fuzz;

import java.util.List;
import java.util.Set;

/**
 * A field of a mutation's variables a case may corrupt.
 *
 * @param path where it is in the variables, e.g. {@code input.source.excerpt}
 * @param type what it holds, which decides its bad values
 * @param required whether it must be given (then null and absence are bad too)
 * @param allowed the labels an id may have, or the words a vocabulary holds
 */
record Field(String path, Type type, boolean required, Set<String> allowed) {

	/** What a field holds. */
	enum Type {

		OBJECT, KEY, WORD, UNIT, DATE, YEAR, STEP, VERSION, MONEY, COUNT, MEASURE, BOOLEAN, NAME, NOTE, EXCERPT

	}

	static Field of(String path, Type type, boolean required) {
		return new Field(path, type, required, Set.of());
	}

	static Field id(String path, boolean required, String... labels) {
		return new Field(path, Type.KEY, required, Set.of(labels));
	}

	static Field words(String path, boolean required, Set<String> words) {
		return new Field(path, Type.WORD, required, words);
	}

	/**
	 * The three fields of a cited source under {@code parent} (e.g.
	 * {@code input.source}).
	 */
	static List<Field> source(String parent, boolean required) {
		return List.of(of(parent, Type.OBJECT, required), id(parent + ".document", true, "Source"),
				of(parent + ".excerpt", Type.EXCERPT, true));
	}

}
