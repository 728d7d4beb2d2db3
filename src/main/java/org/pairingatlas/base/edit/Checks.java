package org.pairingatlas.base.edit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Collects what is wrong with an input before anything is written; {@link #throwIfAny()}
 * refuses the edit with every problem found, each naming field and value.
 */
public final class Checks {

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,119}");

	private static final int MAX_TEXT = 2000;

	private final List<UserError> errors = new ArrayList<>();

	public Checks fail(String field, @Nullable Object value, String code, String message) {
		this.errors.add(new UserError(field, (value != null) ? value.toString() : null, code, message));
		return this;
	}

	public Checks invalid(String field, @Nullable Object value, String message) {
		return fail(field, value, "INVALID", field + (value != null ? " '" + value + "'" : "") + ": " + message);
	}

	/**
	 * Required text: present, not blank, no control characters, at most {@code max}
	 * characters.
	 */
	public @Nullable String text(String field, @Nullable String value, int max) {
		if (value == null || ValueRules.looksBlank(value)) {
			invalid(field, value, "is required");
			return null;
		}
		return optionalText(field, value, max);
	}

	public @Nullable String optionalText(String field, @Nullable String value, int max) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		if (ValueRules.looksBlank(stripped)) {
			return null;
		}
		String problem = ValueRules.textProblem(stripped, Math.min(max, MAX_TEXT));
		if (problem != null) {
			invalid(field, ValueRules.visible(stripped), problem);
			return null;
		}
		return stripped.isEmpty() ? null : stripped;
	}

	public @Nullable String key(String field, @Nullable String value) {
		if (value == null || !KEY.matcher(value).matches()) {
			invalid(field, abbreviate(value), "is not a valid id");
			return null;
		}
		return value;
	}

	public @Nullable String oneOf(String field, @Nullable String value, Set<String> allowed, boolean required) {
		if (value == null) {
			if (required) {
				invalid(field, null, "is required");
			}
			return null;
		}
		if (!allowed.contains(value)) {
			invalid(field, abbreviate(value), "must be one of " + allowed.stream().sorted().toList());
			return null;
		}
		return value;
	}

	public @Nullable String date(String field, @Nullable String value) {
		String problem = (value != null) ? ValueRules.dateProblem(value) : null;
		if (problem != null) {
			invalid(field, ValueRules.visible(value), problem);
			return null;
		}
		return value;
	}

	public void period(String startField, @Nullable String start, String endField, @Nullable String end) {
		if (start != null && end != null
				&& end.compareTo(start.substring(0, Math.min(start.length(), end.length()))) < 0) {
			fail(endField, end, "END_BEFORE_START",
					endField + " '" + end + "' is before " + startField + " '" + start + "'");
		}
	}

	/** A non-negative amount of money in yuan with at most two decimals (whole fen). */
	public @Nullable BigDecimal money(String field, @Nullable BigDecimal value) {
		if (value == null) {
			return null;
		}
		if (value.signum() < 0) {
			invalid(field, value.toPlainString(), "must not be negative");
			return null;
		}
		if (value.stripTrailingZeros().scale() > 2) {
			invalid(field, value.toPlainString(), "is finer than a fen (0.01 yuan)");
			return null;
		}
		if (value.compareTo(new BigDecimal("1e16")) >= 0) {
			invalid(field, value.toPlainString(), "is larger than any programme's funds");
			return null;
		}
		return value;
	}

	public @Nullable Integer year(String field, @Nullable Integer value) {
		String problem = (value != null) ? ValueRules.yearProblem(value) : null;
		if (problem != null) {
			invalid(field, value, problem);
			return null;
		}
		return value;
	}

	public boolean ok() {
		return this.errors.isEmpty();
	}

	public List<UserError> errors() {
		return List.copyOf(this.errors);
	}

	public void throwIfAny() {
		if (!this.errors.isEmpty()) {
			throw new EditRefused(this.errors);
		}
	}

	private static @Nullable String abbreviate(@Nullable String value) {
		if (value == null || value.length() <= 60) {
			return value;
		}
		return value.substring(0, 60) + "…";
	}

}
