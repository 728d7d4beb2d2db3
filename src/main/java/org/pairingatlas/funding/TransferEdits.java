package org.pairingatlas.funding;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.Checks;
import org.pairingatlas.base.edit.SourceInput;
import org.pairingatlas.fact.FactWriter;
import org.pairingatlas.fact.NewFact;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Records fund transfers through the {@link FactWriter}.
 */
@Service
public class TransferEdits {

	private static final String CREATE = """
			MATCH (g:Programme {key: $programme})
			WITH g
			MATCH (a:Entity {key: $from})
			WITH g, a
			MATCH (b:Entity {key: $to})
			CREATE (t:Entity:FundTransfer {key: $key})
			SET t += $properties, t.version = 1, t.confirmed = true
			CREATE (t)-[:UNDER]->(g), (t)-[:FROM]->(a), (t)-[:TO]->(b)
			WITH t
			OPTIONAL MATCH (x:Project {key: $project})
			FOREACH (_ IN CASE WHEN x IS NULL THEN [] ELSE [1] END | CREATE (t)-[:FOR]->(x))
			""";

	private static final String SAME_TRANSFER = """
			UNWIND $rows AS row
			MATCH (:Programme {key: row.programme})<-[:UNDER]-(t:FundTransfer)-[:FROM]->(:Entity {key: row.from})
			WHERE EXISTS { (t)-[:TO]->(:Entity {key: row.to}) } AND t.amountFen = row.amountFen
			  AND coalesce(t.yearStart, -1) = coalesce(row.yearStart, -1)
			  AND coalesce(t.yearEnd, -1) = coalesce(row.yearEnd, -1)
			RETURN row.index AS index, t.key AS key
			""";

	private final FactWriter writer;

	private final Neo4jClient client;

	TransferEdits(FactWriter writer, Neo4jClient client) {
		this.writer = writer;
		this.client = client;
	}

	/** A fund transfer from one side to the next; it must cite its source. */
	public record RecordFundTransferInput(@Nullable String programme, @Nullable Integer step, @Nullable String from,
			@Nullable String to, @Nullable BigDecimal amount, @Nullable Integer yearStart, @Nullable Integer yearEnd,
			@Nullable String recurrence, @Nullable String project, @Nullable String note,
			@Nullable SourceInput source) {
	}

	public String record(RecordFundTransferInput input, Actor actor) {
		return this.writer.create(actor, (checks) -> describe(checks, input));
	}

	/** A new transfer as the mutation and an import's rows check it. */
	NewFact describe(Checks checks, RecordFundTransferInput input) {
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
		NewFact transfer = NewFact.of("FundTransfer", "recordFundTransfer", "transfer");
		transfer.properties()
			.set("step", input.step())
			.set("amountFen", (amount != null) ? amount.movePointRight(2).longValueExact() : null)
			.set("yearStart", start)
			.set("yearEnd", end)
			.set("recurrence", checks.oneOf("recurrence", input.recurrence(), Set.of("yearly", "once"), false))
			.set("note", checks.optionalText("note", input.note(), 1000));
		return transfer.refers("programme", programme, Set.of("Programme"), true)
			.refers("from", from, EntityTypes.PARTIES, true)
			.refers("to", to, EntityTypes.PARTIES, true)
			.refers("project", project, Set.of("Project"), false)
			.cites(input.source())
			.writtenBy(CREATE);
	}

	/**
	 * Of these rows (each with an {@code index}, {@code programme}, {@code from},
	 * {@code to}, {@code amountFen}, {@code yearStart} and {@code yearEnd}), the transfer
	 * each repeats: an import of the same sheet again changes nothing.
	 */
	Map<Integer, String> sameTransfers(List<Map<String, @Nullable Object>> rows) {
		Map<Integer, String> found = new HashMap<>();
		this.client.query(SAME_TRANSFER)
			.bind(rows)
			.to("rows")
			.fetch()
			.all()
			.forEach((row) -> found.putIfAbsent(((Number) row.get("index")).intValue(), (String) row.get("key")));
		return found;
	}

}
