package org.pairingatlas.base.edit;

import java.util.List;

/**
 * Thrown inside an edit's transaction to roll it back; carries the reasons to the
 * payload.
 */
public class EditRefused extends RuntimeException {

	private final List<UserError> errors;

	public EditRefused(List<UserError> errors) {
		super(errors.isEmpty() ? "refused" : errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public EditRefused(UserError error) {
		this(List.of(error));
	}

	public List<UserError> errors() {
		return this.errors;
	}

}
