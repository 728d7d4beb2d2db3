package org.pairingatlas.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress and status of a target against its measurements and its period.
 */
class TargetTests {

	private static Target target(String comparator, String value, List<Measurement> measurements) {
		return new Target("t", "indicator", null, new BigDecimal(value), "count", comparator, "2021", "2025", null,
				null, null, "p", null, measurements);
	}

	private static Measurement measured(String value, String asOf) {
		return new Measurement("m" + asOf, new BigDecimal(value), "count", asOf, null);
	}

	@Test
	void ahead_of_the_share_of_the_period_gone_is_on_track() {
		Target target = target(">=", "100", List.of(measured("50", "2022-12-31")));
		assertThat(target.progress()).isEqualTo(0.5);
		assertThat(target.status(LocalDate.of(2023, 1, 10))).isEqualTo("on-track");
	}

	@Test
	void behind_the_share_of_the_period_gone_is_behind() {
		Target target = target(">=", "100", List.of(measured("30", "2023-12-31")));
		assertThat(target.status(LocalDate.of(2024, 1, 10))).isEqualTo("behind");
		assertThat(target.onTrack(LocalDate.of(2024, 1, 10))).isFalse();
	}

	@Test
	void unmet_after_the_period_is_missed_and_reaching_it_is_met() {
		assertThat(target(">=", "100", List.of(measured("90", "2025-12-31"))).status(LocalDate.of(2026, 3, 1)))
			.isEqualTo("missed");
		assertThat(target(">=", "100", List.of(measured("120", "2024-06-30"))).status(LocalDate.of(2024, 7, 1)))
			.isEqualTo("met");
	}

	@Test
	void an_upper_limit_is_met_while_below_it() {
		assertThat(target("<=", "2", List.of(measured("2", "2023-01-01"))).status(LocalDate.of(2023, 2, 1)))
			.isEqualTo("met");
		assertThat(target("<=", "2", List.of(measured("3", "2023-01-01"))).status(LocalDate.of(2023, 2, 1)))
			.isEqualTo("behind");
	}

	@Test
	void the_latest_measurement_counts() {
		Target target = target(">=", "100",
				List.of(measured("80", "2024-12-31"), measured("20", "2021-12-31"), measured("60", "2023-12-31")));
		assertThat(target.latest().value()).isEqualByComparingTo("80");
	}

}
