package org.pairingatlas.pairing;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.SourceInput;

/**
 * The inputs of the pairing mutations.
 */
public final class PairingInputs {

	private PairingInputs() {
	}

	/** A new pairing; it must cite its source. */
	public record CreatePairingInput(@Nullable String programme, @Nullable String level, @Nullable String kind,
			@Nullable String supporter, @Nullable String recipient, @Nullable String startDate,
			@Nullable String endDate, @Nullable String status, @Nullable Boolean confirmed, @Nullable String note,
			@Nullable SourceInput source) {
	}

	/**
	 * Changes to a pairing read at {@code expectedVersion}; fields left out stay as they
	 * are.
	 */
	public record UpdatePairingInput(@Nullable String id, int expectedVersion, @Nullable String level,
			@Nullable String kind, @Nullable String startDate, @Nullable String endDate, @Nullable String status,
			@Nullable Boolean confirmed, @Nullable String note, @Nullable SourceInput source) {
	}

	/** Ends a pairing on a date. */
	public record EndPairingInput(@Nullable String id, int expectedVersion, @Nullable String endDate,
			@Nullable SourceInput source) {
	}

}
