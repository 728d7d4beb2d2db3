package org.pairingatlas.fuzz;

import java.util.Set;

/**
 * A column of a seed file a case may corrupt, by what it holds.
 *
 * @param name the column
 * @param type what it holds, which decides its bad values
 * @param allowed the labels a reference may have, or the words of a vocabulary
 */
record SeedColumn(String name, Type type, Set<String> allowed) {

	/** What a column holds. */
	enum Type {

		/** A row's key. */
		KEY,
		/** A region's key: an official code or {@code zone-…}. */
		REGION_KEY,
		/** A reference to another row; may be empty. */
		REFERENCE,
		/** A reference that must be given. */
		REQUIRED_REFERENCE,
		/** A word of a vocabulary; may be empty. */
		WORD,
		/** A word that must be given. */
		REQUIRED_WORD,
		/** A date; may be empty. */
		DATE,
		/** A date that must be given. */
		REQUIRED_DATE,
		/** A four-digit year. */
		YEAR,
		/** An amount in the row's unit. */
		MONEY,
		/** A count of people. */
		COUNT,
		/** A measured value, required. */
		MEASURE,
		/** A fund transfer's step. */
		STEP,
		/** {@code true} or {@code false}. */
		FLAG,
		/** A name or title, required. */
		NAME,
		/** Free text. */
		TEXT,
		/** Words quoted from a document held in the seed. */
		EXCERPT,
		/** The key of a source. */
		SOURCE,
		/** A measurement's unit: the target's. */
		UNIT,
		/** A file in the seed folder. */
		FILE

	}

	static SeedColumn of(String name, Type type, String... allowed) {
		return new SeedColumn(name, type, Set.of(allowed));
	}

	static SeedColumn words(String name, boolean required, Set<String> words) {
		return new SeedColumn(name, required ? Type.REQUIRED_WORD : Type.WORD, words);
	}

}
