package org.pairingatlas.pairing;

import java.util.Set;

/**
 * The words a pairing's level, kind and status may take (see the glossary).
 */
public final class PairingVocabulary {

	/** 区县 county, 乡镇 township, 机构 institution. */
	public static final Set<String> LEVELS = Set.of("county", "township", "institution");

	/** 区县结对, 亲戚 (township relatives), 手拉手, co-built parks, 飞地 enclaves, support. */
	public static final Set<String> KINDS = Set.of("district-county", "relatives", "hand-in-hand", "park-co-building",
			"enclave", "support");

	public static final Set<String> STATUSES = Set.of("active", "ended", "planned");

	private PairingVocabulary() {
	}

}
