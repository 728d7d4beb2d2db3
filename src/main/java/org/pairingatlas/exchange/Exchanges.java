package org.pairingatlas.exchange;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Reads exchanges by programme and records new ones (validated, cited, audited).
 */
@Service
public class Exchanges {

	static final Set<String> KINDS = Set.of("secondment", "training", "expert-visit", "leader-visit", "joint-meeting",
			"study");

	private static final String COLUMNS = """
			OPTIONAL MATCH (e)-[:UNDER]->(g:Programme)
			OPTIONAL MATCH (e)-[:FROM]->(a)
			OPTIONAL MATCH (e)-[:TO]->(b)
			RETURN e, g.key AS programme, a.key AS from, b.key AS to
			""";

	private static final String OF_PROGRAMME = """
			MATCH (e:Exchange)
			WHERE $programme IS NULL OR EXISTS { (e)-[:UNDER]->(:Programme {key: $programme}) }
			""" + COLUMNS + " ORDER BY e.periodStart, e.key";

	private static final String BY_KEY = "MATCH (e:Exchange {key: $key})\n" + COLUMNS;

	private static final String CREATE = """
			MATCH (g:Programme {key: $programme})
			CREATE (e:Entity:Exchange {key: $key})
			SET e += $properties, e.version = 1, e.confirmed = true
			CREATE (e)-[:UNDER]->(g)
			WITH e
			OPTIONAL MATCH (a:Entity {key: $from})
			FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | CREATE (e)-[:FROM]->(a))
			WITH e
			OPTIONAL MATCH (b:Entity {key: $to})
			FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END | CREATE (e)-[:TO]->(b))
			""";

	private final Neo4jClient client;

	private final GraphEdits edits;

	private final AuditLog audit;

	private final WritePermissions permissions;

	Exchanges(Neo4jClient client, GraphEdits edits, AuditLog audit, WritePermissions permissions) {
		this.client = client;
		this.edits = edits;
		this.audit = audit;
		this.permissions = permissions;
	}

	/** People sent or trained; it must cite its source. */
	public record RecordExchangeInput(@Nullable String programme, @Nullable String kind, @Nullable String from,
			@Nullable String to, @Nullable String direction, @Nullable BigDecimal count, @Nullable String unit,
			@Nullable String periodStart, @Nullable String periodEnd, @Nullable String note,
			@Nullable SourceInput source) {
	}

	public List<Exchange> ofProgramme(@Nullable String programme) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("programme", programme);
		return List.copyOf(this.client.query(OF_PROGRAMME)
			.bindAll(parameters)
			.fetchAs(Exchange.class)
			.mappedBy((t, row) -> Exchange.of(row))
			.all());
	}

	public Optional<Exchange> byKey(String key) {
		return this.client.query(BY_KEY)
			.bind(key)
			.to("key")
			.fetchAs(Exchange.class)
			.mappedBy((t, row) -> Exchange.of(row))
			.one();
	}

	@Transactional
	public String record(RecordExchangeInput input, Actor actor) {
		Checks checks = new Checks();
		String programme = checks.key("programme", input.programme());
		String from = (input.from() != null) ? checks.key("from", input.from()) : null;
		String to = (input.to() != null) ? checks.key("to", input.to()) : null;
		String kind = checks.oneOf("kind", input.kind(), KINDS, true);
		String direction = checks.oneOf("direction", input.direction(), Set.of("to-recipient", "to-supporter", "both"),
				false);
		String unit = checks.oneOf("unit", input.unit(), Set.of("person", "person-times", "visit"), true);
		if (input.count() == null) {
			checks.invalid("count", null, "is required");
		}
		else if (input.count().signum() < 0 || input.count().stripTrailingZeros().scale() > 0) {
			checks.invalid("count", input.count().toPlainString(), "must be a whole number, not negative");
		}
		String start = checks.date("periodStart", input.periodStart());
		String end = checks.date("periodEnd", input.periodEnd());
		checks.period("periodStart", start, "periodEnd", end);
		String note = checks.optionalText("note", input.note(), 1000);
		SourceInput.require(checks, input.source());
		Map<String, Set<String>> labels = this.edits.labelsOfAny(programme, from, to,
				(input.source() != null) ? input.source().document() : null);
		this.edits.requireKinds(checks, labels, "programme", programme, Set.of("Programme"), true);
		this.edits.requireKinds(checks, labels, "from", from, Set.of("Region", "Organisation"), false);
		this.edits.requireKinds(checks, labels, "to", to, Set.of("Region", "Organisation"), false);
		if (from != null && from.equals(to)) {
			checks.fail("to", to, "SELF_PAIRING",
					"to '" + to + "' is the same side as from: an exchange is between two");
		}
		this.edits.requireSource(checks, labels, input.source());
		checks.throwIfAny();
		String key = GraphEdits.newKey("exchange");
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("kind", kind);
		properties.put("unit", unit);
		properties.put("count", input.count().toPlainString());
		properties.put("quantity", input.count().doubleValue());
		properties.put("qualifier", "exact");
		GraphEdits.putIfPresent(properties, "direction", direction);
		GraphEdits.putIfPresent(properties, "periodStart", start);
		GraphEdits.putIfPresent(properties, "periodEnd", end);
		GraphEdits.putIfPresent(properties, "note", note);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("programme", programme);
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("key", key);
		parameters.put("properties", properties);
		this.client.query(CREATE).bindAll(parameters).run();
		this.edits.cite(key, input.source().document(), input.source().excerpt().strip());
		Map<String, Object> after = new LinkedHashMap<>(properties);
		after.put("programme", programme);
		this.permissions.require(actor, key);
		this.audit.record(actor.name(), "recordExchange", "Exchange", key, null, after);
		return key;
	}

}
