package org.pairingatlas.search;

import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.pairingatlas.seed.GraphPrepared;
import org.pairingatlas.seed.SeedApplied;

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

	// pinyinOf remembers which name the terms were made from, so only changed names are
	// redone.
	private static final String STALE = """
			MATCH (n:Entity)
			WHERE (n:Region OR n:Organisation OR n:Programme OR n:Project)
			  AND n.name IS NOT NULL AND (n.pinyinOf IS NULL OR n.pinyinOf <> n.name)
			RETURN n.key AS key, n.name AS name
			""";

	private static final String WRITE = """
			UNWIND $rows AS row
			MATCH (n:Entity {key: row.key})
			SET n += row.search
			""";

	private final Neo4jClient client;

	SearchTerms(Neo4jClient client) {
		this.client = client;
	}

	@EventListener
	void onGraphPrepared(GraphPrepared event) {
		refresh();
	}

	@EventListener
	void onSeedApplied(SeedApplied event) {
		refresh();
	}

	private static Map<String, Object> termsRow(String key, String name) {
		return Map.of("key", key, "search", propertiesOf(name));
	}

	/**
	 * The search properties of a name, for writers that set them with the node (bulk
	 * imports), so a refresh finds nothing left to do.
	 */
	public static Map<String, Object> propertiesOf(String name) {
		PinyinNames.Terms terms = PinyinNames.terms(name);
		return Map.of("pinyin", PinyinNames.spelling(name), "pinyinFull", terms.full(), "pinyinInitials",
				terms.initials(), "pinyinTerms", terms.indexed(), "pinyinOf", name);
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
			.map((row) -> termsRow((String) row.get("key"), (String) row.get("name")))
			.toList();
		if (!rows.isEmpty()) {
			this.client.query(WRITE).bind(rows).to("rows").run();
			log.info("Pinyin search terms written for " + rows.size() + " names");
		}
		return rows.size();
	}

}
