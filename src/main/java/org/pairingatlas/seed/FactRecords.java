package org.pairingatlas.seed;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Rows of reported figures, plan targets, measurements and extra citations: the numbers
 * the documents state.
 */
final class FactRecords {

	static final Set<String> QUALIFIERS = Set.of("exact", "about", "nearly", "more-than", "at-least", "at-most",
			"unknown");

	private static final Set<String> ROLES = Set.of("total", "part", "single");

	private static final Set<String> COMPARATORS = Set.of(">=", "<=", "=", "~");

	private FactRecords() {
	}

	static SeedRecord figure(SeedRow row) {
		String role = row.requiredOneOf("role", ROLES);
		String qualifier = qualifier(row);
		if ("part".equals(role)) {
			row.required("dimension");
		}
		if (!"single".equals(role)) {
			row.required("set");
		}
		row.required("subject");
		BigDecimal value = row.decimal("value");
		if (value == null && !"unknown".equals(qualifier)) {
			throw row.error("value", "", "is required unless the qualifier is unknown");
		}
		String start = row.date("period_start");
		String end = row.date("period_end");
		SeedRecords.period(row, "period_start", start, "period_end", end);
		SeedRecord record = SeedRecords.fact(row, "ReportedFigure")
			.property("set", row.optional("set"))
			.property("role", role)
			.property("measure", measure(row))
			.property("dimension", row.optional("dimension"))
			.property("qualifier", qualifier)
			.property("periodStart", start)
			.property("periodEnd", end)
			.link("ABOUT", "subject", SeedRecord.ANY);
		return quantity(record, value, row.required("unit"));
	}

	static SeedRecord target(SeedRow row) {
		row.required("programme");
		row.required("plan");
		BigDecimal value = row.decimal("value");
		if (value == null) {
			throw row.error("value", "", "is required");
		}
		String start = row.date("period_start");
		String end = row.date("period_end");
		SeedRecords.period(row, "period_start", start, "period_end", end);
		String unit = row.required("unit");
		BigDecimal baseline = row.decimal("baseline");
		SeedRecord record = SeedRecords.fact(row, "Target")
			.property("indicator", row.required("indicator"))
			.property("indicatorEn", row.optional("indicator_en"))
			.property("comparator", comparator(row))
			.property("periodStart", start)
			.property("periodEnd", end)
			.property("baseline", (baseline != null) ? baseline.toPlainString() : null)
			.property("baselineYear", row.year("baseline_year"))
			.link("UNDER", "programme", Set.of("Programme"))
			.link("SET_BY", "plan", Set.of("Source"))
			.link("PART_OF", "parent", Set.of("Target"));
		return quantity(record, value, unit);
	}

	static SeedRecord measurement(SeedRow row) {
		row.required("target");
		BigDecimal value = row.decimal("value");
		if (value == null) {
			throw row.error("value", "", "is required");
		}
		SeedRecord record = SeedRecords.fact(row, "Measurement")
			.property("asOf", requiredDate(row, "as_of"))
			.link("AGAINST", "target", Set.of("Target"));
		return quantity(record, value, row.required("unit"));
	}

	/** An extra citation of a node loaded earlier: writes no node of its own. */
	static SeedRecord citation(SeedRow row) {
		String subject = row.required("subject");
		SeedRecords.requireKey(row, "subject", subject);
		SeedRecords.key(row);
		SeedRecord record = new SeedRecord(row, subject, "");
		record.link("CITES", "subject", subject, SeedRecord.ANY, Map.of());
		String source = row.required("source");
		SeedRecords.requireKey(row, "source", source);
		String excerpt = row.optional("excerpt");
		return record.cites(source, (excerpt != null) ? excerpt : "", "seed-citation");
	}

	static String qualifier(SeedRow row) {
		String qualifier = row.oneOf("qualifier", QUALIFIERS);
		return (qualifier != null) ? qualifier : "exact";
	}

	private static String comparator(SeedRow row) {
		String comparator = row.oneOf("comparator", COMPARATORS);
		return (comparator != null) ? comparator : "=";
	}

	private static String measure(SeedRow row) {
		String measure = row.required("measure");
		if (!measure.matches("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*")) {
			throw row.error("measure", measure, "a measure is dotted lower-case words, e.g. projects.count");
		}
		return measure;
	}

	private static String requiredDate(SeedRow row, String field) {
		row.required(field);
		String date = row.date(field);
		return (date != null) ? date : "";
	}

	/**
	 * The value as stated, and its exact base amount: fen for money, the number itself
	 * otherwise.
	 */
	private static SeedRecord quantity(SeedRecord record, @Nullable BigDecimal value, String unit) {
		if (!unit.matches("[a-z][a-z0-9-]*")) {
			throw record.row().error("unit", unit, "a unit is a lower-case word such as wan, yi, count or percent");
		}
		record.property("unit", unit);
		if (value == null) {
			return record;
		}
		record.property("value", value.toPlainString());
		if (Amounts.isMoney(unit)) {
			long fen = Amounts.toFen(value, unit)
				.orElseThrow(
						() -> record.row().error("value", value.toPlainString(), "is finer than a fen (0.01 yuan)"));
			record.property("amountFen", fen);
		}
		else {
			record.property("quantity", value.doubleValue());
		}
		return record;
	}

}
