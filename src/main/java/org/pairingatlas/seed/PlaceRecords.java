package org.pairingatlas.seed;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.SourceTexts;

/**
 * Rows of sources, programmes, regions and organisations: the things facts are about and
 * cite.
 */
final class PlaceRecords {

	static final List<String> REGION_LEVELS = List.of("province", "prefecture", "county", "township", "village");

	private static final Set<String> SOURCE_KINDS = Set.of("document", "web", "dataset", "research");

	private static final Set<String> PROGRAMME_KINDS = Set.of("counterpart-collaboration", "counterpart-support",
			"mountain-river", "mountain-sea");

	private static final Set<String> ORGANISATION_KINDS = Set.of("government", "hospital", "school", "university",
			"enterprise", "park", "research", "other");

	private PlaceRecords() {
	}

	static SeedRecord source(SeedRow row) {
		return new SeedRecord(row, SeedRecords.key(row), "Source")
			.property("kind", row.requiredOneOf("kind", SOURCE_KINDS))
			.property("number", row.optional("number"))
			.property("title", row.required("title"))
			.property("issuer", row.optional("issuer"))
			.property("date", row.date("date"))
			.property("url", row.optional("url"))
			.property("file", documentFile(row))
			.property("note", row.optional("note"));
	}

	/**
	 * The file a source's text is in: a path inside the seed folder, which the reference
	 * check then finds to be a file.
	 */
	private static @Nullable String documentFile(SeedRow row) {
		String file = row.optional("file");
		if (file != null && !SourceTexts.isInsideSeed(file)) {
			throw row.error("file", file,
					"must be a path inside the seed folder such as documents/<file name>, without '.' or '..'");
		}
		return file;
	}

	static SeedRecord programme(SeedRow row) {
		Integer start = row.year("start_year");
		Integer end = row.year("end_year");
		if (start != null && end != null && end < start) {
			throw row.error("end_year", end.toString(), "ends before start_year " + start);
		}
		SeedRecord record = SeedRecords.fact(row, "Programme")
			.property("name", row.required("name"))
			.property("nameEn", row.optional("name_en"))
			.property("kind", row.requiredOneOf("kind", PROGRAMME_KINDS))
			.property("framework", row.optional("framework"))
			.property("startYear", start)
			.property("endYear", end);
		String governing = row.optional("governing");
		if (governing != null) {
			for (String source : Arrays.stream(governing.split(";")).map(String::strip).toList()) {
				SeedRecords.requireKey(row, "governing", source);
				record.link("GOVERNED_BY", "governing", source, Set.of("Source"), Map.of());
			}
		}
		return record;
	}

	static SeedRecord region(SeedRow row) {
		SeedRecord record = SeedRecords.fact(row, "Region");
		String key = record.key();
		boolean coded = key.matches("\\d{6}|\\d{9}|\\d{12}");
		if (!coded && !key.startsWith("zone-")) {
			throw row.error("key", key,
					"a region key is its official division code (6, 9 or 12 digits) or zone-<name> for a unit without one");
		}
		boolean official = row.flag("official");
		if (official && !coded) {
			throw row.error("official", "true", "a zone- key has no official code, so official must be false");
		}
		String level = row.requiredOneOf("level", Set.copyOf(REGION_LEVELS));
		return record.property("name", row.required("name"))
			.property("nameEn", row.optional("name_en"))
			.property("level", level)
			.property("levelRank", REGION_LEVELS.indexOf(level))
			.property("code", official ? key : null)
			.property("official", official)
			.link("PART_OF", "parent", Set.of("Region"));
	}

	static SeedRecord organisation(SeedRow row) {
		return SeedRecords.fact(row, "Organisation")
			.property("name", row.required("name"))
			.property("nameEn", row.optional("name_en"))
			.property("kind", row.requiredOneOf("kind", ORGANISATION_KINDS))
			.link("LOCATED_IN", "region", Set.of("Region"));
	}

}
