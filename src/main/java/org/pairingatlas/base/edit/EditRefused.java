package org.pairingatlas.base.edit;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Thrown inside an edit's transaction to roll it back; carries the reasons to the
 * payload.
 */
public class EditRefused extends RuntimeException {

	private static final Pattern CONSTRAINED = Pattern.compile("property `(\\w+)`");

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
	 * The refusal for an edit a uniqueness constraint of the database stopped: another
	 * edit recorded the same fact (a credit code, a file) at the same moment, after this
	 * one had looked for it. Told as the duplicate it is, naming the property; null for
	 * any other failure.
	 */
	static @Nullable UserError sameMomentDuplicate(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null
					&& neo4j.code().endsWith("ConstraintValidationFailed")) {
				Matcher property = CONSTRAINED.matcher(String.valueOf(neo4j.getMessage()));
				String field = property.find() ? property.group(1) : "id";
				return new UserError(field, null, "DUPLICATE", field
						+ ": another edit recorded the same value at the same moment; nothing was written; reload and look");
			}
		}
		return null;
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
		catch (RuntimeException failure) {
			UserError duplicate = sameMomentDuplicate(failure);
			if (duplicate == null) {
				throw failure;
			}
			return refused.apply(List.of(duplicate));
		}
		return written.apply(key);
	}

}
