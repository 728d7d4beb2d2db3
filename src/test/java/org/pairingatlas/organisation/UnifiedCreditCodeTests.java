package org.pairingatlas.organisation;

import org.junit.jupiter.api.Test;
import org.pairingatlas.base.edit.Checks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unified social credit codes are checked by their check character (GB 32100-2015) and
 * stored in one spelling.
 */
class UnifiedCreditCodeTests {

	/** The example the standard itself gives. */
	private static final String STANDARD_EXAMPLE = "91350100M000100Y43";

	@Test
	void the_standards_example_passes() {
		Checks checks = new Checks();
		assertThat(UnifiedCreditCode.check(checks, "creditCode", STANDARD_EXAMPLE)).isEqualTo(STANDARD_EXAMPLE);
		assertThat(checks.errors()).isEmpty();
	}

	@Test
	void full_width_lower_case_and_spaced_codes_are_stored_in_one_spelling() {
		Checks checks = new Checks();
		assertThat(UnifiedCreditCode.check(checks, "creditCode", " ９１３５０１００m０００ 100y43 ")).isEqualTo(STANDARD_EXAMPLE);
		assertThat(checks.errors()).isEmpty();
	}

	@Test
	void a_wrong_check_character_is_refused_naming_the_one_expected() {
		Checks checks = new Checks();
		assertThat(UnifiedCreditCode.check(checks, "creditCode", "91350100M000100Y44")).isNull();
		assertThat(checks.errors()).singleElement().satisfies((error) -> {
			assertThat(error.field()).isEqualTo("creditCode");
			assertThat(error.message()).contains("check character is 4").contains("give 3");
		});
	}

	@Test
	void a_code_of_the_wrong_length_or_with_letters_not_used_is_refused() {
		Checks checks = new Checks();
		assertThat(UnifiedCreditCode.check(checks, "creditCode", "91350100M000100Y4")).isNull();
		assertThat(UnifiedCreditCode.check(checks, "creditCode", "91350100M000100I43")).isNull();
		assertThat(checks.errors()).extracting((e) -> e.message())
			.anySatisfy((m) -> assertThat(m).contains("18 characters, not 17"))
			.anySatisfy((m) -> assertThat(m).contains("'I'"));
	}

	@Test
	void no_code_is_no_code() {
		Checks checks = new Checks();
		assertThat(UnifiedCreditCode.check(checks, "creditCode", "  ")).isNull();
		assertThat(checks.errors()).isEmpty();
	}

}
