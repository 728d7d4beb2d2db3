package org.pairingatlas.funding;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.audit.AuditLog;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.Checks;
import org.pairingatlas.base.edit.GraphEdits;
import org.pairingatlas.base.edit.SourceInput;
import org.pairingatlas.base.edit.WritePermissions;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records fund transfers: validated, cited and audited, in one transaction.
 */
@Service
public class TransferEdits {

	private static final Set<String> PARTIES = Set.of("Region", "Organisation");

	private static final String CREATE = """
			MATCH (g:Programme {key: $programme}), (a:Entity {key: $from}), (b:Entity {key: $to})
			CREATE (t:Entity:FundTransfer {key: $key})
			SET t += $properties, t.version = 1, t.confirmed = true
			CREATE (t)-[:UNDER]->(g), (t)-[:FROM]->(a), (t)-[:TO]->(b)
			WITH t
			OPTIONAL MATCH (x:Project {key: $project})
			FOREACH (_ IN CASE WHEN x IS NULL THEN [] ELSE [1] END | CREATE (t)-[:FOR]->(x))
			""";

	private final Neo4jClient client;

	private final GraphEdits edits;

	private final AuditLog audit;

	private final WritePermissions permissions;

	TransferEdits(Neo4jClient client, GraphEdits edits, AuditLog audit, WritePermissions permissions) {
		this.client = client;
		this.edits = edits;
		this.audit = audit;
		this.permissions = permissions;
	}

	/** A fund transfer from one side to the next; it must cite its source. */
	public record RecordFundTransferInput(@Nullable String programme, @Nullable Integer step, @Nullable String from,
			@Nullable String to, @Nullable BigDecimal amount, @Nullable Integer yearStart, @Nullable Integer yearEnd,
			@Nullable String recurrence, @Nullable String project, @Nullable String note,
			@Nullable SourceInput source) {
	}

	@Transactional
	public String record(RecordFundTransferInput input, Actor actor) {
		Checks checks = new Checks();
		String programme = checks.key("programme", input.programme());
		String from = checks.key("from", input.from());
		String to = checks.key("to", input.to());
		String project = (input.project() != null) ? checks.key("project", input.project()) : null;
		if (from != null && from.equals(to)) {
			checks.invalid("to", to, "must differ from from");
		}
		if (input.step() != null && (input.step() < 1 || input.step() > 20)) {
			checks.invalid("step", input.step(), "must be between 1 and 20");
		}
		BigDecimal amount = checks.money("amount", input.amount());
		Integer start = checks.year("yearStart", input.yearStart());
		Integer end = checks.year("yearEnd", input.yearEnd());
		if (start != null && end != null && end < start) {
			checks.fail("yearEnd", end, "END_BEFORE_START",
					"yearEnd '" + end + "' is before yearStart '" + start + "'");
		}
		String recurrence = checks.oneOf("recurrence", input.recurrence(), Set.of("yearly", "once"), false);
		String note = checks.optionalText("note", input.note(), 1000);
		SourceInput.require(checks, input.source());
		Map<String, Set<String>> labels = this.edits.labelsOfAny(programme, from, to, project,
				(input.source() != null) ? input.source().document() : null);
		this.edits.requireKinds(checks, labels, "programme", programme, Set.of("Programme"), true);
		this.edits.requireKinds(checks, labels, "from", from, PARTIES, true);
		this.edits.requireKinds(checks, labels, "to", to, PARTIES, true);
		this.edits.requireKinds(checks, labels, "project", project, Set.of("Project"), false);
		this.edits.requireSource(checks, labels, input.source());
		checks.throwIfAny();
		String key = GraphEdits.newKey("transfer");
		Map<String, Object> properties = new LinkedHashMap<>();
		GraphEdits.putIfPresent(properties, "step", input.step());
		GraphEdits.putIfPresent(properties, "amountFen",
				(amount != null) ? amount.movePointRight(2).longValueExact() : null);
		GraphEdits.putIfPresent(properties, "yearStart", start);
		GraphEdits.putIfPresent(properties, "yearEnd", end);
		GraphEdits.putIfPresent(properties, "recurrence", recurrence);
		GraphEdits.putIfPresent(properties, "note", note);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("programme", programme);
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("project", project);
		parameters.put("key", key);
		parameters.put("properties", properties);
		this.client.query(CREATE).bindAll(parameters).run();
		this.edits.cite(key, input.source().document(), input.source().excerpt().strip());
		Map<String, Object> after = new LinkedHashMap<>(properties);
		after.put("programme", programme);
		after.put("from", from);
		after.put("to", to);
		this.permissions.require(actor, key);
		this.audit.record(actor.name(), "recordFundTransfer", "FundTransfer", key, null, after);
		return key;
	}

}
