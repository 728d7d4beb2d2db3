package org.pairingatlas.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.pairingatlas.source.Sourced;

/**
 * A plan's number with unit, comparator, period and baseline, and the measurements
 * against it.
 */
public record Target(String key, String indicator, @Nullable String indicatorEn, BigDecimal value, String unit,
		String comparator, @Nullable String periodStart, @Nullable String periodEnd, @Nullable String baseline,
		@Nullable Integer baselineYear, @Nullable String note, @Nullable String programmeKey,
		@Nullable String parentKey, List<Measurement> measurements) implements Sourced {

	/** Measurements are kept oldest first, whoever builds the target. */
	public Target {
		measurements = measurements.stream().sorted(Comparator.comparing(Measurement::asOf)).toList();
	}

	static Target of(Value t, @Nullable String programme, @Nullable String parent, List<Measurement> measurements) {
		return new Target(t.get("key").asString(), t.get("indicator").asString(), t.get("indicatorEn").asString(null),
				new BigDecimal(t.get("value").asString()), t.get("unit").asString(), t.get("comparator").asString(),
				t.get("periodStart").asString(null), t.get("periodEnd").asString(null),
				t.get("baseline").asString(null), t.get("baselineYear").isNull() ? null : t.get("baselineYear").asInt(),
				t.get("note").asString(null), programme, parent, measurements);
	}

	/** The latest measurement in the target's unit, if any. */
	public @Nullable Measurement latest() {
		List<Measurement> sameUnit = this.measurements.stream().filter((m) -> m.unit().equals(this.unit)).toList();
		return sameUnit.isEmpty() ? null : sameUnit.get(sameUnit.size() - 1);
	}

	/**
	 * For targets to reach (≥, =, ~): the latest measurement as a share of the target;
	 * null without one.
	 */
	public @Nullable Double progress() {
		Measurement latest = latest();
		if (latest == null || this.value.signum() == 0 || "<=".equals(this.comparator)) {
			return null;
		}
		return latest.value().divide(this.value, 4, RoundingMode.HALF_EVEN).doubleValue();
	}

	/**
	 * {@code no-measurement}, {@code met}, {@code on-track}, {@code behind} (less done
	 * than the share of the period gone) or {@code missed} (the period ended unmet), as
	 * of {@code today}.
	 */
	public String status(LocalDate today) {
		Measurement latest = latest();
		if (latest == null) {
			return "no-measurement";
		}
		int cmp = latest.value().compareTo(this.value);
		boolean met = switch (this.comparator) {
			case "<=" -> cmp <= 0;
			case "=" -> cmp == 0;
			default -> cmp >= 0;
		};
		if (met) {
			return "met";
		}
		Integer end = year(this.periodEnd);
		if (end != null && today.getYear() > end) {
			return "missed";
		}
		if ("<=".equals(this.comparator)) {
			return "behind";
		}
		Integer start = year(this.periodStart);
		Integer measured = year(latest.asOf());
		if (start == null || end == null || measured == null) {
			return "behind";
		}
		double elapsed = Math.min(1, Math.max(0, (measured - start + 1) / (double) (end - start + 1)));
		Double progress = progress();
		return (progress != null && progress >= elapsed) ? "on-track" : "behind";
	}

	public boolean onTrack(LocalDate today) {
		String status = status(today);
		return status.equals("met") || status.equals("on-track");
	}

	private static @Nullable Integer year(@Nullable String date) {
		return (date != null && date.length() >= 4) ? Integer.valueOf(date.substring(0, 4)) : null;
	}

}
