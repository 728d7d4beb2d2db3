package org.pairingatlas.project;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.pairingatlas.source.Sourced;

/**
 * A collaboration project with its place, years, status and funding. Amounts are exact
 * yuan; the graph stores them as whole fen.
 */
public record Project(String key, String name, @Nullable String category, @Nullable Integer startYear,
		@Nullable Integer endYear, @Nullable String status, boolean confirmed, @Nullable String note,
		@Nullable BigDecimal collaborationFunds, @Nullable BigDecimal matchingFunds,
		@Nullable BigDecimal centralInvestment, @Nullable BigDecimal localInvestment,
		@Nullable BigDecimal otherInvestment, @Nullable BigDecimal totalInvestment, @Nullable String programmeKey,
		@Nullable String regionKey, @Nullable String implementerKey, @Nullable String investorKey,
		int version) implements Sourced {

	/**
	 * Reads a row with the project {@code x} and the keys of its programme, region,
	 * implementer and investor.
	 */
	static Project of(Record row) {
		Value x = row.get("x");
		return new Project(x.get("key").asString(), x.get("name").asString(), x.get("category").asString(null),
				integer(x.get("startYear")), integer(x.get("endYear")), x.get("status").asString(null),
				x.get("confirmed").asBoolean(true), x.get("note").asString(null), yuan(x.get("collaborationFundsFen")),
				yuan(x.get("matchingFundsFen")), yuan(x.get("centralInvestmentFen")), yuan(x.get("localInvestmentFen")),
				yuan(x.get("otherInvestmentFen")), yuan(x.get("totalInvestmentFen")),
				row.get("programme").asString(null), row.get("region").asString(null),
				row.get("implementer").asString(null), row.get("investor").asString(null), x.get("version").asInt(0));
	}

	/** Fen as exact yuan. */
	public static @Nullable BigDecimal yuan(Value fen) {
		return fen.isNull() ? null : BigDecimal.valueOf(fen.asLong(), 2);
	}

	private static @Nullable Integer integer(Value value) {
		return value.isNull() ? null : value.asInt();
	}

}
