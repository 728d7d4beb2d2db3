package org.pairingatlas.fuzz;

/**
 * What a case's generators need to know beyond the field: the version of the entity being
 * edited and the unit of the target being measured.
 *
 * @param version the entity's current version (0 when the mutation edits none)
 * @param unit the unit of the measured target ("" when the mutation measures none)
 */
record Known(int version, String unit) {

	/** The seed document every valid input cites, and words that stand in it. */
	static final String DOCUMENT = "D003";

	static final String EXCERPT = "湖北省山川协作工程试点期为2021—2025年";

	/** Words that stand in D001, not in D003. */
	static final String EXCERPT_OF_ANOTHER_DOCUMENT = "京堰互派挂职干部217人";

	static final String PROGRAMME = "hubei-shanchuan";

	static Known nothing() {
		return new Known(0, "");
	}

}
