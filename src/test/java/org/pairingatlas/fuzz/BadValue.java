package org.pairingatlas.fuzz;

import org.jspecify.annotations.Nullable;

/**
 * A generated value for one field, and the kind of bad it stands for (e.g.
 * {@code impossible-date}), so failures group by kind.
 *
 * @param kind what is wrong with it
 * @param value the value: a string, number, boolean, map, list, {@link Json.Raw},
 * {@code null} or {@link Json#MISSING}
 */
record BadValue(String kind, @Nullable Object value) {

	static BadValue of(String kind, @Nullable Object value) {
		return new BadValue(kind, value);
	}

	static BadValue missing() {
		return new BadValue("missing-required", Json.MISSING);
	}

	/** The value as text, for a string field (seed files, division files). */
	String text() {
		return String.valueOf(this.value);
	}

	String describe() {
		String shown = (this.value == Json.MISSING) ? "<left out>" : Json.write(this.value);
		return this.kind + " " + Json.visible(shown);
	}

}
