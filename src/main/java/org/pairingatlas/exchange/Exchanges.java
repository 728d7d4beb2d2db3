package org.pairingatlas.exchange;

import java.util.Collection;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.entity.EntityLoader;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.Checks;
import org.pairingatlas.base.edit.SourceInput;
import org.pairingatlas.fact.FactWriter;
import org.pairingatlas.fact.NewFact;
import org.pairingatlas.security.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Reads exchanges by programme and records new ones through the {@link FactWriter}.
 */
@Service
public class Exchanges implements EntityLoader {

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
			WHERE %s AND ($programme IS NULL OR EXISTS { (e)-[:UNDER]->(:Programme {key: $programme}) })
			""".formatted(Visibility.rule("e")) + COLUMNS + " ORDER BY e.periodStart, e.key";

	private static final String BY_KEY = """
			MATCH (e:Exchange {key: $key})
			WHERE %s
			""".formatted(Visibility.rule("e")) + COLUMNS;

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

	private static final String SAME_EXCHANGE = """
			UNWIND $rows AS row
			MATCH (:Programme {key: row.programme})<-[:UNDER]-(e:Exchange {kind: row.kind, unit: row.unit, count: row.count})
			WHERE coalesce(e.periodStart, '') = coalesce(row.periodStart, '')
			  AND coalesce(e.periodEnd, '') = coalesce(row.periodEnd, '')
			  AND coalesce([(e)-[:FROM]->(a) | a.key][0], '') = coalesce(row.from, '')
			  AND coalesce([(e)-[:TO]->(b) | b.key][0], '') = coalesce(row.to, '')
			RETURN row.index AS index, e.key AS key
			""";

	private final Neo4jClient client;

	private final FactWriter writer;

	private final Visibility visibility;

	Exchanges(Neo4jClient client, FactWriter writer, Visibility visibility) {
		this.client = client;
		this.writer = writer;
		this.visibility = visibility;
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
		parameters.put(Visibility.PARAMETER, this.visibility.unconfirmed());
		return List.copyOf(this.client.query(OF_PROGRAMME)
			.bindAll(parameters)
			.fetchAs(Exchange.class)
			.mappedBy((t, row) -> Exchange.of(row))
			.all());
	}

	public Optional<Exchange> byKey(String key) {
		return this.client.query(BY_KEY)
			.bindAll(Map.of("key", key, Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetchAs(Exchange.class)
			.mappedBy((t, row) -> Exchange.of(row))
			.one();
	}

	public String record(RecordExchangeInput input, Actor actor) {
		return this.writer.create(actor, (checks) -> describe(checks, input));
	}

	/** A new exchange as the mutation and an import's rows check it. */
	NewFact describe(Checks checks, RecordExchangeInput input) {
		String programme = checks.key("programme", input.programme());
		String from = (input.from() != null) ? checks.key("from", input.from()) : null;
		String to = (input.to() != null) ? checks.key("to", input.to()) : null;
		String kind = checks.oneOf("kind", input.kind(), KINDS, true);
		String direction = checks.oneOf("direction", input.direction(), Set.of("to-recipient", "to-supporter", "both"),
				false);
		String unit = checks.oneOf("unit", input.unit(), Set.of("person", "person-times", "visit"), true);
		BigDecimal count = input.count();
		if (count == null) {
			checks.invalid("count", null, "is required");
		}
		else if (count.signum() < 0 || count.stripTrailingZeros().scale() > 0) {
			checks.invalid("count", count.toPlainString(), "must be a whole number, not negative");
		}
		String start = checks.date("periodStart", input.periodStart());
		String end = checks.date("periodEnd", input.periodEnd());
		checks.period("periodStart", start, "periodEnd", end);
		String note = checks.optionalText("note", input.note(), 1000);
		if (from != null && from.equals(to)) {
			checks.fail("to", to, "SELF_PAIRING",
					"to '" + to + "' is the same side as from: an exchange is between two");
		}
		NewFact exchange = NewFact.of("Exchange", "recordExchange", "exchange");
		exchange.properties()
			.set("kind", kind)
			.set("unit", unit)
			.set("count", (count != null) ? count.toPlainString() : null)
			.set("quantity", (count != null) ? count.doubleValue() : null)
			.set("qualifier", "exact")
			.set("direction", direction)
			.set("periodStart", start)
			.set("periodEnd", end)
			.set("note", note);
		return exchange.refers("programme", programme, Set.of("Programme"), true)
			.refers("from", from, EntityTypes.PARTIES, false)
			.refers("to", to, EntityTypes.PARTIES, false)
			.cites(input.source())
			.writtenBy(CREATE);
	}

	/**
	 * Of these rows (each with an {@code index}, {@code programme}, {@code kind},
	 * {@code unit}, {@code count}, {@code periodStart}, {@code periodEnd}, {@code from}
	 * and {@code to}), the exchange each repeats: an import of the same sheet again
	 * changes nothing.
	 */
	Map<Integer, String> sameExchanges(List<Map<String, @Nullable Object>> rows) {
		Map<Integer, String> found = new HashMap<>();
		this.client.query(SAME_EXCHANGE)
			.bind(rows)
			.to("rows")
			.fetch()
			.all()
			.forEach((row) -> found.putIfAbsent(((Number) row.get("index")).intValue(), (String) row.get("key")));
		return found;
	}

	@Override
	public Set<String> labels() {
		return Set.of("Exchange");
	}

	// Exchanges are rarely asked for in bulk.
	@Override
	public Map<String, ?> byKeys(String label, java.util.Collection<String> keys) {
		Map<String, Exchange> found = new HashMap<>();
		keys.forEach((key) -> byKey(key).ifPresent((exchange) -> found.put(key, exchange)));
		return found;
	}

}
