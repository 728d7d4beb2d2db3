package org.pairingatlas.seed;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Turns a validated seed row into the record it writes. Rules every kind shares live
 * here; the kind-specific columns are read by {@link PlaceRecords},
 * {@link ActivityRecords} and {@link FactRecords}.
 */
final class SeedRecords {

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,119}");

	private SeedRecords() {
	}

	static SeedRecord convert(SeedKind kind, SeedRow row) {
		row.checkEveryValue();
		return switch (kind) {
			case SOURCES -> PlaceRecords.source(row);
			case PROGRAMMES -> PlaceRecords.programme(row);
			case REGIONS -> PlaceRecords.region(row);
			case ORGANISATIONS -> PlaceRecords.organisation(row);
			case PAIRINGS -> ActivityRecords.pairing(row);
			case PROJECTS -> ActivityRecords.project(row);
			case TRANSFERS -> ActivityRecords.transfer(row);
			case EXCHANGES -> ActivityRecords.exchange(row);
			case PARTICIPANTS -> ActivityRecords.participation(row);
			case FIGURES -> FactRecords.figure(row);
			case TARGETS -> FactRecords.target(row);
			case MEASUREMENTS -> FactRecords.measurement(row);
			case CITATIONS -> FactRecords.citation(row);
		};
	}

	/** A node that states a fact: keyed, citing its source, possibly unconfirmed. */
	static SeedRecord fact(SeedRow row, String label) {
		SeedRecord record = new SeedRecord(row, key(row), label);
		if (row.values().containsKey("confirmed")) {
			record.property("confirmed", row.flag("confirmed"));
		}
		else {
			record.property("confirmed", true);
		}
		record.property("note", row.optional("note"));
		return citing(record, row);
	}

	static SeedRecord citing(SeedRecord record, SeedRow row) {
		String source = row.required("source");
		requireKey(row, "source", source);
		return record.cites(source, Objects.requireNonNullElse(row.optional("excerpt"), ""), "seed");
	}

	static String key(SeedRow row) {
		String key = row.required("key");
		requireKey(row, "key", key);
		return key;
	}

	static void requireKey(SeedRow row, String field, String key) {
		if (!KEY.matcher(key).matches()) {
			throw row.error(field, key,
					"a key is 1 to 120 letters, digits, dots, dashes or underscores, starting with a letter or digit");
		}
	}

	/**
	 * Stores an amount of the row's unit as whole fen, refusing amounts finer than a fen.
	 */
	static void money(SeedRecord record, String field, String property, @Nullable String unit) {
		BigDecimal amount = record.row().decimal(field);
		if (amount == null) {
			return;
		}
		if (unit == null || !Amounts.isMoney(unit)) {
			throw record.row().error("unit", unit, "an amount needs the unit yuan, wan or yi");
		}
		long fen = Amounts.toFen(amount, unit)
			.orElseThrow(() -> record.row().error(field, amount.toPlainString(), "is finer than a fen (0.01 yuan)"));
		record.property(property, fen);
	}

	/**
	 * Refuses a period that ends before it starts; dates compare as written
	 * (YYYY[-MM[-DD]]).
	 */
	static void period(SeedRow row, String startField, @Nullable String start, String endField, @Nullable String end) {
		if (start != null && end != null
				&& end.compareTo(start.substring(0, Math.min(start.length(), end.length()))) < 0) {
			throw row.error(endField, end, "ends before " + startField + " " + start);
		}
	}

	static @Nullable String vocabulary(SeedRow row, String field, Set<String> allowed, boolean required) {
		return required ? row.requiredOneOf(field, allowed) : row.oneOf(field, allowed);
	}

}
