package org.pairingatlas.seed;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One data line of a seed file, with typed accessors that refuse a bad value by naming
 * the file, the line, the field and the value.
 */
record SeedRow(String file, int line, Map<String, String> values) {

	private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

	/** A value that must be present. */
	String required(String field) {
		String value = optional(field);
		if (value == null) {
			throw error(field, "", "is required");
		}
		return value;
	}

	/** A value that may be empty; empty is returned as null. */
	@Nullable String optional(String field) {
		String value = this.values.get(field);
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n')) {
			throw error(field, value, "contains control characters");
		}
		return trimmed.isEmpty() ? null : trimmed;
	}

	/** One of a fixed vocabulary. */
	@Nullable String oneOf(String field, Set<String> allowed) {
		String value = optional(field);
		if (value != null && !allowed.contains(value)) {
			throw error(field, value, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
		}
		return value;
	}

	String requiredOneOf(String field, Set<String> allowed) {
		required(field);
		return oneOf(field, allowed);
	}

	/** A non-negative plain decimal such as {@code 3750} or {@code 2.25}. */
	@Nullable BigDecimal decimal(String field) {
		String value = optional(field);
		if (value == null) {
			return null;
		}
		if (!DECIMAL.matcher(value).matches()) {
			throw error(field, value, "must be a non-negative decimal number without separators or signs");
		}
		return new BigDecimal(value);
	}

	/** A date written {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
	@Nullable String date(String field) {
		String value = optional(field);
		if (value != null && !DATE.matcher(value).matches()) {
			throw error(field, value, "must be a date written YYYY, YYYY-MM or YYYY-MM-DD");
		}
		return value;
	}

	@Nullable Integer year(String field) {
		String value = optional(field);
		if (value == null) {
			return null;
		}
		if (!YEAR.matcher(value).matches()) {
			throw error(field, value, "must be a four-digit year");
		}
		return Integer.valueOf(value);
	}

	@Nullable Integer positiveInteger(String field) {
		String value = optional(field);
		if (value == null) {
			return null;
		}
		if (!value.matches("[1-9]\\d{0,8}")) {
			throw error(field, value, "must be a positive whole number");
		}
		return Integer.valueOf(value);
	}

	/** {@code true} (also when empty) or {@code false}. */
	boolean flag(String field) {
		String value = oneOf(field, Set.of("true", "false"));
		return value == null || Boolean.parseBoolean(value);
	}

	SeedException error(String field, @Nullable String value, String problem) {
		return new SeedException(this.file, this.line, field, value, problem);
	}

}
