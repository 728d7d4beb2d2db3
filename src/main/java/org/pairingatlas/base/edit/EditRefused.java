package org.pairingatlas.base.edit;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

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

	/**
	 * A mutation's answer: the payload of what the edit wrote, or of the reasons it was
	 * refused.
	 * @param edit the edit, returning the key of what it wrote
	 * @param written the payload for that key
	 * @param refused the payload for the reasons
	 */
	public static <P> P answer(Supplier<String> edit, Function<String, P> written,
			Function<List<UserError>, P> refused) {
		String key;
		try {
			key = edit.get();
		}
		catch (EditRefused refusal) {
			return refused.apply(refusal.errors());
		}
		return written.apply(key);
	}

}
