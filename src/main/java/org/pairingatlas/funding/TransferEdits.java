package org.pairingatlas.funding;

import java.math.BigDecimal;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.SourceInput;
import org.pairingatlas.fact.FactWriter;
import org.pairingatlas.fact.NewFact;

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

	private final FactWriter writer;

	TransferEdits(FactWriter writer) {
		this.writer = writer;
	}

	/** A fund transfer from one side to the next; it must cite its source. */
	public record RecordFundTransferInput(@Nullable String programme, @Nullable Integer step, @Nullable String from,
			@Nullable String to, @Nullable BigDecimal amount, @Nullable Integer yearStart, @Nullable Integer yearEnd,
			@Nullable String recurrence, @Nullable String project, @Nullable String note,
			@Nullable SourceInput source) {
	}

	public String record(RecordFundTransferInput input, Actor actor) {
		return this.writer.create(actor, (checks) -> {
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
		});
	}

}
