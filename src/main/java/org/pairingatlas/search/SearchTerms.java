package org.pairingatlas.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.neo4j.AccessIntent;
import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.base.neo4j.GraphPrepared;
import org.pairingatlas.base.neo4j.SeedApplied;

import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Keeps every name's pinyin search terms up to date: after the seed is applied, after a
 * name is written, and once the graph is prepared after a start, for anything written by
 * other means.
 */
@Service
public class SearchTerms {

	private static final Log log = LogFactory.getLog(SearchTerms.class);

	// The deepest level (levelRank) whose terms go into each tier field; see tiers().
	private static final int TOWNSHIP_RANK = 3;

	private static final int COUNTY_RANK = 2;

	// pinyinOf remembers which name the terms were made from, so only changed names are
	// redone; a node whose tier fields do not fit its level is redone too.
	private static final String STALE = """
			MATCH (n:Entity)
			WHERE any(l IN labels(n) WHERE l IN [%s]) AND n.name IS NOT NULL
			WITH n, NOT n:Region OR n.levelRank <= %d AS townshipOrAbove,
			     NOT n:Region OR n.levelRank <= %d AS countyOrAbove
			WHERE n.pinyinOf IS NULL OR n.pinyinOf <> n.name
			   OR (n.pinyinTermsTownshipOrAbove IS NOT NULL) <> townshipOrAbove
			   OR (n.pinyinTermsCountyOrAbove IS NOT NULL) <> countyOrAbove
			RETURN n.key AS key, n.name AS name, CASE WHEN n:Region THEN n.levelRank END AS levelRank
			""".formatted(
			String.join(", ", EntityTypes.searchable().stream().map((label) -> "'" + label + "'").toList()),
			TOWNSHIP_RANK, COUNTY_RANK);

	private static final String WRITE = """
			UNWIND $rows AS row
			MATCH (n:Entity {key: row.key})
			SET n += row.search
			""";

	private final Neo4jClient client;

	SearchTerms(Neo4jClient client) {
		this.client = client;
	}

	// Both arrive on the thread that prepared the graph; the terms are written there, as
	// a
	// writer (they are not written in a transaction of their own).
	@EventListener
	void onGraphPrepared(GraphPrepared event) {
		refresh();
	}

	@EventListener
	void onSeedApplied(SeedApplied event) {
		refresh();
	}

	private static Map<String, Object> termsRow(String key, String name, @Nullable Integer levelRank) {
		return Map.of("key", key, "search", propertiesOf(name, levelRank));
	}

	/**
	 * The search properties of a name, for writers that set them with the node (bulk
	 * imports), so a refresh finds nothing left to do.
	 * @param levelRank the level of a region (0 for a province to 4 for a village), or
	 * null for anything that is not a region
	 */
	public static Map<String, Object> propertiesOf(String name, @Nullable Integer levelRank) {
		PinyinNames.Terms terms = PinyinNames.terms(name);
		Map<String, Object> properties = new HashMap<>();
		properties.put("pinyin", PinyinNames.spelling(name));
		properties.put("pinyinFull", terms.full());
		properties.put("pinyinInitials", terms.initials());
		properties.put("pinyinTerms", terms.indexed());
		properties.put("pinyinOf", name);
		properties.putAll(tiers(terms.indexed(), levelRank));
		return properties;
	}

	// A prefix search ("zhuxi*") scores every match alike, and the index hands back only
	// its first candidates: among the hundreds of villages sharing a county's syllables,
	// the county could be cut. Its terms are therefore indexed again, once in a field for
	// townships and above and once in one for counties and above, and a match in more
	// fields scores higher. Anything that is not a region is in the top tier. Null
	// removes a tier a node no longer belongs to.
	private static Map<String, @Nullable Object> tiers(String indexed, @Nullable Integer levelRank) {
		Map<String, @Nullable Object> tiers = new HashMap<>();
		tiers.put("pinyinTermsTownshipOrAbove", (levelRank == null || levelRank <= TOWNSHIP_RANK) ? indexed : null);
		tiers.put("pinyinTermsCountyOrAbove", (levelRank == null || levelRank <= COUNTY_RANK) ? indexed : null);
		return tiers;
	}

	/**
	 * Writes the terms of every name that has none or whose name changed; returns how
	 * many.
	 */
	public int refresh() {
		List<Map<String, Object>> rows = this.client.query(STALE)
			.fetch()
			.all()
			.stream()
			.map((row) -> termsRow((String) row.get("key"), (String) row.get("name"),
					(row.get("levelRank") != null) ? ((Number) row.get("levelRank")).intValue() : null))
			.toList();
		if (!rows.isEmpty()) {
			// Outside a transaction of its own, as a declared writer.
			AccessIntent.writing(() -> this.client.query(WRITE).bind(rows).to("rows").run());
			log.info("Pinyin search terms written for " + rows.size() + " names");
		}
		return rows.size();
	}

}
