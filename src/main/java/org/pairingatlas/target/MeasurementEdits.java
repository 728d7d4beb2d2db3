package org.pairingatlas.target;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.audit.AuditLog;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.Checks;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.edit.GraphEdits;
import org.pairingatlas.base.edit.SourceInput;
import org.pairingatlas.base.edit.WritePermissions;
import org.pairingatlas.base.edit.UserError;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a measurement against a target, in the target's unit: validated, cited and
 * audited.
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

	private final Neo4jClient client;

	private final GraphEdits edits;

	private final AuditLog audit;

	private final WritePermissions permissions;

	MeasurementEdits(Neo4jClient client, GraphEdits edits, AuditLog audit, WritePermissions permissions) {
		this.client = client;
		this.edits = edits;
		this.audit = audit;
		this.permissions = permissions;
	}

	/** An actual value against a target, as of a date; it must cite its source. */
	public record RecordMeasurementInput(@Nullable String target, @Nullable BigDecimal value, @Nullable String unit,
			@Nullable String asOf, @Nullable String note, @Nullable SourceInput source) {
	}

	@Transactional
	public String record(RecordMeasurementInput input, Actor actor) {
		Checks checks = new Checks();
		String target = checks.key("target", input.target());
		String asOf = checks.date("asOf", input.asOf());
		if (input.asOf() == null) {
			checks.invalid("asOf", null, "is required");
		}
		if (input.value() == null) {
			checks.invalid("value", null, "is required");
		}
		String note = checks.optionalText("note", input.note(), 1000);
		SourceInput.require(checks, input.source());
		Map<String, Set<String>> labels = this.edits.labelsOfAny(target,
				(input.source() != null) ? input.source().document() : null);
		this.edits.requireKinds(checks, labels, "target", target, Set.of("Target"), true);
		this.edits.requireSource(checks, labels, input.source());
		checks.throwIfAny();
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
		String key = GraphEdits.newKey("measure");
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("value", input.value().toPlainString());
		properties.put("unit", unit);
		properties.put("asOf", asOf);
		if (note != null) {
			properties.put("note", note);
		}
		this.client.query(CREATE).bindAll(Map.of("target", target, "key", key, "properties", properties)).run();
		this.edits.cite(key, input.source().document(), input.source().excerpt().strip());
		Map<String, Object> after = new LinkedHashMap<>(properties);
		after.put("target", target);
		this.permissions.require(actor, key);
		this.audit.record(actor.name(), "recordMeasurement", "Measurement", key, null, after);
		return target;
	}

}
