package org.pairingatlas.pairing;

import java.util.Set;

/**
 * The words a pairing's level, kind and status may take (see the glossary), and what
 * being active on a date means.
 */
public final class PairingVocabulary {

	/** 区县 county, 乡镇 township, 机构 institution. */
	public static final Set<String> LEVELS = Set.of("county", "township", "institution");

	/** 区县结对, 亲戚 (township relatives), 手拉手, co-built parks, 飞地 enclaves, support. */
	public static final Set<String> KINDS = Set.of("district-county", "relatives", "hand-in-hand", "park-co-building",
			"enclave", "support");

	public static final Set<String> STATUSES = Set.of("active", "ended", "planned");

	/**
	 * Cypher: a pairing {@code p} with its programme {@code g}, supporter {@code s} and
	 * recipient {@code r}, as every read of whole pairings matches them for
	 * {@link Pairing#of}.
	 */
	static final String WITH_SIDES = sides("p", "g", "s", "r");

	private PairingVocabulary() {
	}

	/**
	 * Cypher pattern: a pairing with its programme, supporter and recipient, under these
	 * variable names.
	 */
	static String sides(String pairing, String programme, String supporter, String recipient) {
		return "(%1$s)-[:UNDER]->(%2$s:Programme), (%1$s)-[:SUPPORTER]->(%3$s), (%1$s)-[:RECIPIENT]->(%4$s)"
			.formatted(pairing, programme, supporter, recipient);
	}

	/**
	 * Cypher: whether a pairing is active on a date, compared at the precision both sides
	 * have (a pairing ending "2014-05" is still active on 2014-05-20); a planned pairing
	 * is active on no date.
	 * @param pairing the pairing's variable
	 * @param date the date's parameter, e.g. {@code $activeOn}
	 */
	public static String activeOn(String pairing, String date) {
		return """
				(%1$s.status <> 'planned' AND (%1$s.startDate IS NULL OR %1$s.startDate <= %2$s)
				 AND (%1$s.endDate IS NULL OR %1$s.endDate >= substring(%2$s, 0, size(%1$s.endDate))))"""
			.formatted(pairing, date);
	}

}
