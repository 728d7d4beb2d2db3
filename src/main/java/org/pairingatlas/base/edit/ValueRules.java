package org.pairingatlas.base.edit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a text, date or year may be, in one place so edits ({@link Checks}), the seed
 * files and the division tree of the bulk import refuse the same things. Each rule
 * answers with the problem, to be put after the field's name, or {@code null} when the
 * value is fine.
 */
public final class ValueRules {

	/** The first year a fact may be dated. */
	public static final int FIRST_YEAR = 1949;

	/** The last year a fact (a plan's target, say) may be dated. */
	public static final int LAST_YEAR = 2100;

	private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

	// Characters that take no room: a text of only these (and whitespace) looks blank.
	private static final String INVISIBLE = "\u00a0\u2007\u202f\u200b\u200c\u200d\ufeff\u2060";

	private static final int SHOWN = 60;

	private ValueRules() {
	}

	/**
	 * What is wrong with a stripped text: more than {@code max} characters, control
	 * characters (a line feed is fine), bidirectional embeddings, overrides or isolates
	 * (they make text display in another order than it is stored), half of a surrogate
	 * pair, or nothing but invisible characters.
	 */
	public static @Nullable String textProblem(String text, int max) {
		if (text.length() > max) {
			return "is longer than " + max + " characters";
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return "contains half of a surrogate pair";
			}
			else if (Character.isISOControl(c) && c != '\n') {
				return "contains control characters";
			}
			else if ((c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
				return "contains bidirectional control characters";
			}
		}
		if (!text.isEmpty() && looksBlank(text)) {
			return "looks blank: it holds only invisible characters";
		}
		return null;
	}

	/**
	 * Whether a text shows nothing: only whitespace and the invisible characters that
	 * {@link String#isBlank()} does not count (no-break and zero-width spaces, the byte
	 * order mark, the word joiner).
	 */
	public static boolean looksBlank(String text) {
		return text.chars().allMatch((c) -> Character.isWhitespace(c) || INVISIBLE.indexOf(c) >= 0);
	}

	/**
	 * What is wrong with a date written {@code YYYY}, {@code YYYY-MM} or
	 * {@code YYYY-MM-DD}: another shape, a day the calendar does not have, or a year out
	 * of range.
	 */
	public static @Nullable String dateProblem(String date) {
		if (!DATE.matcher(date).matches()) {
			return "must be a date written YYYY, YYYY-MM or YYYY-MM-DD";
		}
		if (date.length() == 10) {
			try {
				// ISO_LOCAL_DATE resolves strictly: 2023-02-30 does not parse.
				LocalDate.parse(date);
			}
			catch (DateTimeParseException ex) {
				return "is not a day of the calendar";
			}
		}
		return yearProblem(Integer.parseInt(date.substring(0, 4)));
	}

	/** What is wrong with a year: out of {@value #FIRST_YEAR} to {@value #LAST_YEAR}. */
	public static @Nullable String yearProblem(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			return "is out of range (" + FIRST_YEAR + " to " + LAST_YEAR + ")";
		}
		return null;
	}

	/**
	 * A value as an error message may show it: invisible and control characters written
	 * as {@code \}{@code uXXXX}, and cut short after 60 characters.
	 */
	public static String visible(String value) {
		StringBuilder shown = new StringBuilder();
		value.codePoints().limit(SHOWN).forEach((c) -> {
			int type = Character.getType(c);
			boolean hidden = Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
					|| (Character.isSpaceChar(c) && c != ' ');
			if (hidden) {
				shown.append("\\u%04x".formatted(c));
			}
			else {
				shown.appendCodePoint(c);
			}
		});
		if (value.codePointCount(0, value.length()) > SHOWN) {
			shown.append("…(").append(value.length()).append(" characters)");
		}
		return shown.toString();
	}

}
