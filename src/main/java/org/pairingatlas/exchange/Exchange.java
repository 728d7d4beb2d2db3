package org.pairingatlas.exchange;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.pairingatlas.source.Sourced;

/**
 * People sent or trained between the sides: how many, in what unit, which way, when.
 */
public record Exchange(String key, String kind, @Nullable String direction, @Nullable BigDecimal count, String unit,
		String qualifier, @Nullable String periodStart, @Nullable String periodEnd, @Nullable String note,
		@Nullable String programmeKey, @Nullable String fromKey, @Nullable String toKey) implements Sourced {

	static Exchange of(Record row) {
		Value e = row.get("e");
		return new Exchange(e.get("key").asString(), e.get("kind").asString(), e.get("direction").asString(null),
				e.get("count").isNull() ? null : new BigDecimal(e.get("count").asString()), e.get("unit").asString(),
				e.get("qualifier").asString("exact"), e.get("periodStart").asString(null),
				e.get("periodEnd").asString(null), e.get("note").asString(null), row.get("programme").asString(null),
				row.get("from").asString(null), row.get("to").asString(null));
	}

}
