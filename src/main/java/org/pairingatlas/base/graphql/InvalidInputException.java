package org.pairingatlas.base.graphql;

import org.jspecify.annotations.Nullable;

/**
 * A request argument the API cannot accept; the message names the argument and its value.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	private final @Nullable String value;

	public InvalidInputException(String field, @Nullable Object value, String problem) {
		super(field + (value != null ? " '" + value + "'" : "") + ": " + problem);
		this.field = field;
		this.value = (value != null) ? value.toString() : null;
	}

	public String field() {
		return this.field;
	}

	public @Nullable String value() {
		return this.value;
	}

}
