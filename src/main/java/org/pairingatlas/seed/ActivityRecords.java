package org.pairingatlas.seed;

import java.util.Set;

import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.pairing.PairingVocabulary;

/**
 * Rows of pairings, projects, fund transfers, exchanges and programme participants: what
 * the sides do together.
 */
final class ActivityRecords {

	private static final Set<String> LEVELS = PairingVocabulary.LEVELS;

	private static final Set<String> PAIRING_KINDS = PairingVocabulary.KINDS;

	private static final Set<String> PAIRING_STATUSES = PairingVocabulary.STATUSES;

	private static final Set<String> CATEGORIES = Set.of("water-quality", "public-service", "industry",
			"poverty-alleviation", "agriculture", "tourism-road", "social", "eco-environment", "human-resources",
			"other", "infrastructure", "culture-tourism", "education", "health");

	private static final Set<String> PROJECT_STATUSES = Set.of("planned", "under-way", "completed", "operating");

	private static final Set<String> EXCHANGE_KINDS = Set.of("secondment", "training", "expert-visit", "leader-visit",
			"joint-meeting", "study");

	private static final Set<String> DIRECTIONS = Set.of("to-recipient", "to-supporter", "both");

	private static final Set<String> PEOPLE_UNITS = Set.of("person", "person-times", "visit");

	private ActivityRecords() {
	}

	static SeedRecord pairing(SeedRow row) {
		row.required("programme");
		String supporter = row.required("supporter");
		String recipient = row.required("recipient");
		if (supporter.equals(recipient)) {
			throw row.error("recipient", recipient, "a unit cannot be paired with itself");
		}
		String start = row.date("start_date");
		String end = row.date("end_date");
		SeedRecords.period(row, "start_date", start, "end_date", end);
		return SeedRecords.fact(row, "Pairing")
			.property("level", row.requiredOneOf("level", LEVELS))
			.property("kind", row.requiredOneOf("kind", PAIRING_KINDS))
			.property("startDate", start)
			.property("endDate", end)
			.property("status", status(row))
			.link("UNDER", "programme", Set.of("Programme"))
			.link("SUPPORTER", "supporter", EntityTypes.PARTIES)
			.link("RECIPIENT", "recipient", EntityTypes.PARTIES);
	}

	private static String status(SeedRow row) {
		String status = row.oneOf("status", PAIRING_STATUSES);
		return (status != null) ? status : "active";
	}

	static SeedRecord project(SeedRow row) {
		row.required("programme");
		Integer start = row.year("start_year");
		Integer end = row.year("end_year");
		if (start != null && end != null && end < start) {
			throw row.error("end_year", end.toString(), "ends before start_year " + start);
		}
		String unit = row.oneOf("unit", Amounts.FEN_PER_UNIT.keySet());
		SeedRecord record = SeedRecords.fact(row, "Project")
			.property("name", row.required("name"))
			.property("category", row.oneOf("category", CATEGORIES))
			.property("startYear", start)
			.property("endYear", end)
			.property("status", row.oneOf("status", PROJECT_STATUSES))
			.link("UNDER", "programme", Set.of("Programme"))
			.link("LOCATED_IN", "region", Set.of("Region"))
			.link("IMPLEMENTED_BY", "implementer", Set.of("Organisation"))
			.link("INVESTED_BY", "investor", EntityTypes.PARTIES);
		SeedRecords.money(record, "collaboration_funds", "collaborationFundsFen", unit);
		SeedRecords.money(record, "matching_funds", "matchingFundsFen", unit);
		SeedRecords.money(record, "central_investment", "centralInvestmentFen", unit);
		SeedRecords.money(record, "local_investment", "localInvestmentFen", unit);
		SeedRecords.money(record, "other_investment", "otherInvestmentFen", unit);
		SeedRecords.money(record, "total_investment", "totalInvestmentFen", unit);
		return record;
	}

	static SeedRecord transfer(SeedRow row) {
		row.required("programme");
		bothEnds(row, row.required("from"), row.required("to"));
		Integer start = row.year("year_start");
		Integer end = row.year("year_end");
		if (start != null && end != null && end < start) {
			throw row.error("year_end", end.toString(), "ends before year_start " + start);
		}
		SeedRecord record = SeedRecords.fact(row, "FundTransfer")
			.property("step", row.positiveInteger("step"))
			.property("yearStart", start)
			.property("yearEnd", end)
			.property("recurrence", row.oneOf("recurrence", Set.of("yearly", "once")))
			.link("UNDER", "programme", Set.of("Programme"))
			.link("FROM", "from", EntityTypes.PARTIES)
			.link("TO", "to", EntityTypes.PARTIES)
			.link("FOR", "project", Set.of("Project"));
		SeedRecords.money(record, "amount", "amountFen", row.oneOf("unit", Amounts.FEN_PER_UNIT.keySet()));
		return record;
	}

	static SeedRecord exchange(SeedRow row) {
		row.required("programme");
		String from = row.optional("from");
		String to = row.optional("to");
		if (from != null && to != null) {
			bothEnds(row, from, to);
		}
		String start = row.date("period_start");
		String end = row.date("period_end");
		SeedRecords.period(row, "period_start", start, "period_end", end);
		var count = row.wholeNumber("count");
		return SeedRecords.fact(row, "Exchange")
			.property("kind", row.requiredOneOf("kind", EXCHANGE_KINDS))
			.property("direction", row.oneOf("direction", DIRECTIONS))
			.property("count", (count != null) ? count.toPlainString() : null)
			.property("quantity", (count != null) ? count.doubleValue() : null)
			.property("unit", row.requiredOneOf("unit", PEOPLE_UNITS))
			.property("qualifier", FactRecords.qualifier(row))
			.property("periodStart", start)
			.property("periodEnd", end)
			.link("UNDER", "programme", Set.of("Programme"))
			.link("FROM", "from", EntityTypes.PARTIES)
			.link("TO", "to", EntityTypes.PARTIES);
	}

	/** Refuses a transfer or exchange whose two ends are one side. */
	private static void bothEnds(SeedRow row, String from, String to) {
		if (from.equals(to)) {
			throw row.error("to", to, "is also the from side: the two ends must be different sides");
		}
	}

	static SeedRecord participation(SeedRow row) {
		row.required("programme");
		row.required("region");
		return SeedRecords.fact(row, "Participation")
			.property("role", row.requiredOneOf("role", Set.of("supporter", "recipient")))
			.property("group", row.optional("group"))
			.property("rank", row.positiveInteger("rank"))
			.property("rankingBasis", row.optional("ranking_basis"))
			.link("UNDER", "programme", Set.of("Programme"))
			.link("OF", "region", EntityTypes.PARTIES);
	}

}
