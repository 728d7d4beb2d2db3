package org.pairingatlas.seed;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.ValueRules;

/**
 * One data line of a seed file, with typed accessors that refuse a bad value by naming
 * the file, the line, the field and the value.
 */
record SeedRow(String file, int line, Map<String, String> values) {

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

	/**
	 * A value that may be empty; empty is returned as null. Any value must be plain text
	 * of a sane length (see {@link ValueRules#textProblem}).
	 */
	@Nullable String optional(String field) {
		String value = this.values.get(field);
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		String problem = ValueRules.textProblem(trimmed, maxLength(field));
		if (problem != null) {
			throw error(field, ValueRules.visible(trimmed), problem);
		}
		return trimmed.isEmpty() ? null : trimmed;
	}

	/**
	 * Checks the text of every column, also of those a kind does not store (a citation's
	 * note), so no file holds what the loader would refuse elsewhere.
	 */
	void checkEveryValue() {
		this.values.keySet().forEach(this::optional);
	}

	// The API's limits where it has them (names 200, notes 1000, excerpts 2000);
	// everything else is a word, a key or a short label.
	private static int maxLength(String field) {
		return switch (field) {
			case "note" -> 1000;
			case "excerpt", "url" -> 2000;
			case "title" -> 500;
			default -> 200;
		};
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

	/** A count, such as {@code 217}: a non-negative whole number. */
	@Nullable BigDecimal wholeNumber(String field) {
		BigDecimal value = decimal(field);
		if (value != null && value.stripTrailingZeros().scale() > 0) {
			throw error(field, value.toPlainString(), "must be a whole number");
		}
		return value;
	}

	/**
	 * A date written {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, of a day the
	 * calendar has, from 1949 to 2100.
	 */
	@Nullable String date(String field) {
		String value = optional(field);
		String problem = (value != null) ? ValueRules.dateProblem(value) : null;
		if (problem != null) {
			throw error(field, value, problem);
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
		String problem = ValueRules.yearProblem(Integer.parseInt(value));
		if (problem != null) {
			throw error(field, value, problem);
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
