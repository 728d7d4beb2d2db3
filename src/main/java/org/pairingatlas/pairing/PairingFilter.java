package org.pairingatlas.pairing;

import org.jspecify.annotations.Nullable;

/**
 * Which pairings to list; every set field narrows the list.
 */
public record PairingFilter(@Nullable String programme, @Nullable String level, @Nullable String kind,
		@Nullable String supporterRegion, @Nullable String recipientRegion, @Nullable String activeOn,
		@Nullable Boolean confirmed) {

	public static final PairingFilter NONE = new PairingFilter(null, null, null, null, null, null, null);

}
