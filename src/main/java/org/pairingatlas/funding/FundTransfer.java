package org.pairingatlas.funding;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.pairingatlas.project.Project;
import org.pairingatlas.source.Sourced;

/**
 * One step of the money's way from the supporter side to the unit carrying out a project.
 */
public record FundTransfer(String key, @Nullable Integer step, @Nullable BigDecimal amount, @Nullable Integer yearStart,
		@Nullable Integer yearEnd, @Nullable String recurrence, @Nullable String note, String fromKey, String toKey,
		@Nullable String programmeKey, @Nullable String projectKey) implements Sourced {

	static FundTransfer of(Record row) {
		Value t = row.get("t");
		return new FundTransfer(t.get("key").asString(), integer(t.get("step")), Project.yuan(t.get("amountFen")),
				integer(t.get("yearStart")), integer(t.get("yearEnd")), t.get("recurrence").asString(null),
				t.get("note").asString(null), row.get("from").asString(), row.get("to").asString(),
				row.get("programme").asString(null), row.get("project").asString(null));
	}

	private static @Nullable Integer integer(Value value) {
		return value.isNull() ? null : value.asInt();
	}

}
