package org.pairingatlas.target;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.Checks;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.edit.SourceInput;
import org.pairingatlas.base.edit.UserError;
import org.pairingatlas.fact.FactWriter;
import org.pairingatlas.fact.NewFact;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Records a measurement against a target, in the target's unit, through the
 * {@link FactWriter}.
 */
@Service
public class MeasurementEdits {

	private static final Set<String> MONEY = Set.of("yuan", "wan", "yi");

	private static final Set<String> SIGNED_UNITS = Set.of("percent", "multiple");

	private static final String TARGET_UNIT = "MATCH (t:Target {key: $key}) RETURN t.unit AS unit";

	private static final String CREATE = """
			MATCH (t:Target {key: $target})
			CREATE (m:Entity:Measurement {key: $key})
			SET m += $properties, m.version = 1, m.confirmed = true
			CREATE (m)-[:AGAINST]->(t)
			""";

	private static final String SAME_MEASUREMENT = """
			UNWIND $rows AS row
			MATCH (:Target {key: row.target})<-[:AGAINST]-(m:Measurement {asOf: row.asOf, value: row.value})
			RETURN row.index AS index, m.key AS key
			""";

	private final Neo4jClient client;

	private final FactWriter writer;

	MeasurementEdits(Neo4jClient client, FactWriter writer) {
		this.client = client;
		this.writer = writer;
	}

	/** An actual value against a target, as of a date; it must cite its source. */
	public record RecordMeasurementInput(@Nullable String target, @Nullable BigDecimal value, @Nullable String unit,
			@Nullable String asOf, @Nullable String note, @Nullable SourceInput source) {
	}

	/** Records the measurement; returns the key of its target. */
	public String record(RecordMeasurementInput input, Actor actor) {
		this.writer.create(actor, (checks) -> describe(checks, input));
		// Recorded, so the target given is a target's key.
		return java.util.Objects.requireNonNull(input.target());
	}

	/** The key of the measurement a record writes, for an import's rollback. */
	String recordMeasurement(RecordMeasurementInput input, Actor actor) {
		return this.writer.create(actor, (checks) -> describe(checks, input));
	}

	/** A new measurement as the mutation and an import's rows check it. */
	NewFact describe(Checks checks, RecordMeasurementInput input) {
		String target = checks.key("target", input.target());
		String asOf = checks.date("asOf", input.asOf());
		if (input.asOf() == null) {
			checks.invalid("asOf", null, "is required");
		}
		if (input.value() == null) {
			checks.invalid("value", null, "is required");
		}
		NewFact measurement = NewFact.of("Measurement", "recordMeasurement", "measure");
		measurement.properties()
			.set("value", (input.value() != null) ? input.value().toPlainString() : null)
			.set("asOf", asOf)
			.set("note", checks.optionalText("note", input.note(), 1000));
		return measurement.refers("target", target, Set.of("Target"), true)
			.cites(input.source())
			.checkedBy(() -> measurement.properties().set("unit", unitChecked(target, input)))
			.writtenBy(CREATE);
	}

	/**
	 * Of these rows (each with an {@code index}, {@code target}, {@code asOf} and
	 * {@code value}), the measurement each repeats: an import of the same sheet again
	 * changes nothing.
	 */
	Map<Integer, String> sameMeasurements(List<Map<String, @Nullable Object>> rows) {
		Map<Integer, String> found = new HashMap<>();
		this.client.query(SAME_MEASUREMENT)
			.bind(rows)
			.to("rows")
			.fetch()
			.all()
			.forEach((row) -> found.putIfAbsent(((Number) row.get("index")).intValue(), (String) row.get("key")));
		return found;
	}

	/** The target's unit, once the value is known to fit it. */
	private String unitChecked(String target, RecordMeasurementInput input) {
		String unit = this.client.query(TARGET_UNIT).bind(target).to("key").fetchAs(String.class).one().orElseThrow();
		if (input.unit() != null && !input.unit().equals(unit)) {
			throw new EditRefused(new UserError("unit", input.unit(), "INVALID",
					"unit '" + input.unit() + "': the target is measured in " + unit));
		}
		// Counts, areas and money never go below zero; a percentage may (growth in a bad
		// year), as may a multiple.
		if (input.value().signum() < 0 && !SIGNED_UNITS.contains(unit)) {
			throw new EditRefused(new UserError("value", input.value().toPlainString(), "INVALID",
					"value '" + input.value().toPlainString() + "': "
							+ (MONEY.contains(unit) ? "an amount of money" : "a measurement in " + unit)
							+ " must not be negative"));
		}
		return unit;
	}

}
