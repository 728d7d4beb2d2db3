package org.pairingatlas.organisation;

import java.text.Normalizer;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.Checks;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from digits and
 * the capitals other than I, O, S, V and Z, the last a check character computed from the
 * first 17.
 */
final class UnifiedCreditCode {

	private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private UnifiedCreditCode() {
	}

	/**
	 * The code as stored (full-width characters made ordinary, spaces dropped, capitals),
	 * or null with the reason added to the checks; null when none is given.
	 */
	static @Nullable String check(Checks checks, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String code = Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("\\s", "").toUpperCase();
		if (code.length() != 18) {
			checks.invalid(field, value, "a unified social credit code has 18 characters, not " + code.length());
			return null;
		}
		for (int i = 0; i < code.length(); i++) {
			if (CHARACTERS.indexOf(code.charAt(i)) < 0) {
				checks.invalid(field, value, "'" + code.charAt(i) + "' (character " + (i + 1)
						+ ") is not used in unified social credit codes");
				return null;
			}
		}
		char expected = checkCharacter(code);
		if (code.charAt(17) != expected) {
			checks.invalid(field, value, "the check character is " + code.charAt(17)
					+ " but the first 17 characters give " + expected + "; the code is mistyped");
			return null;
		}
		return code;
	}

	/** The check character of a code's first 17 characters. */
	static char checkCharacter(String code) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARACTERS.indexOf(code.charAt(i)) * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return CHARACTERS.charAt((check == 31) ? 0 : check);
	}

}
