package org.pairingatlas.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.InvalidInputException;
import org.pairingatlas.base.graphql.compiled.CompiledNodes;
import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.entity.Nodes;
import org.pairingatlas.security.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Ranked search across all entity types by Chinese name, English name, or pinyin with or
 * without tones, or initials. Exact names rank above names that start with the text,
 * which rank above names that merely contain it; higher levels of the hierarchy break
 * ties.
 */
@Service
public class TextSearch {

	/** Labels a search may be narrowed to. */
	public static final Set<String> TYPES = Set.copyOf(EntityTypes.searchable());

	private static final int MAX_RESULTS = 50;

	private static final int MAX_TEXT = 100;

	private static final String BY_NAME = """
			CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $candidates}) YIELD node, score
			WHERE any(l IN labels(node) WHERE l IN $types) AND %s
			WITH node, score, coalesce(node.name, node.title, '') AS name
			RETURN node.key AS key, 'name' AS matched,
			       score + CASE WHEN name = $text OR node.nameEn = $text OR node.number = $text THEN 100
			                    WHEN name STARTS WITH $text THEN 50 ELSE 0 END
			             + (5 - coalesce(node.levelRank, 5)) * 0.5 - size(name) * 0.01 AS score
			""".formatted(Visibility.rule("node"));

	private static final String BY_PINYIN = """
			CALL db.index.fulltext.queryNodes('entity_pinyin', $pinyinLucene, {limit: $candidates}) YIELD node, score
			WHERE any(l IN labels(node) WHERE l IN $types) AND %s
			WITH node, score, split(node.pinyinFull, ' ') AS full, split(node.pinyinInitials, ' ') AS initials
			WITH node, score, full, initials, any(t IN full WHERE t STARTS WITH $pinyin) AS onFull
			RETURN node.key AS key, CASE WHEN onFull THEN 'pinyin' ELSE 'initials' END AS matched,
			       score + CASE WHEN $pinyin IN full OR $pinyin IN initials THEN 100
			                    WHEN onFull THEN 60 ELSE 40 END
			             + (5 - coalesce(node.levelRank, 5)) * 0.5 - size(node.name) * 0.01 AS score
			""".formatted(Visibility.rule("node"));

	// Both indexes in one statement: a Latin text is looked up both ways, and a second
	// round trip cost about as much as the second index lookup itself.
	private static final String BY_NAME_AND_PINYIN = "CALL () {\n" + BY_NAME + "UNION ALL\n" + BY_PINYIN
			+ "}\nRETURN key, matched, score";

	// The best row of each node found (its higher score; on a tie, its match on the
	// name, as the two indexes' rows come in no fixed order), the best first.
	private static final String RANKED = """
			CALL () {
			%s}
			WITH key, matched, score ORDER BY score DESC, CASE matched WHEN 'name' THEN 0 ELSE 1 END
			WITH key, collect([score, matched])[0] AS best
			ORDER BY best[0] DESC, key LIMIT $first
			""";

	private static final String RANKED_KEYS = RANKED + "RETURN key, best[0] AS score, best[1] AS matched";

	// A compiled request's hits with what it selects of each node, in one statement.
	private static final String COMPILED = RANKED + """
			MATCH (node:Entity {key: key})
			WHERE """ + Visibility.rule("node") + """

			RETURN key, best[0] AS score, best[1] AS matched, %s AS value
			ORDER BY score DESC, key
			""";

	private final Neo4jClient client;

	private final Visibility visibility;

	private final Nodes nodes;

	TextSearch(Neo4jClient client, Nodes nodes, Visibility visibility) {
		this.client = client;
		this.visibility = visibility;
		this.nodes = nodes;
	}

	/**
	 * The best matches with what {@code nodes} (compiled from the request) selects of
	 * each node, in one statement.
	 */
	public List<SearchHit> search(String text, List<String> types, int first, CompiledNodes nodes) {
		Map<String, @Nullable Object> parameters = new HashMap<>(nodes.parameters());
		String matching = parameters(text, types, first, parameters);
		List<SearchHit> hits = new ArrayList<>();
		this.client.query(COMPILED.formatted(matching, nodes.expression()))
			.bindAll(parameters)
			.fetch()
			.all()
			.forEach((row) -> hits.add(new SearchHit(Objects.requireNonNull(nodes.item(row.get("value"))),
					rounded(((Number) row.get("score")).doubleValue()), (String) row.get("matched"))));
		return hits;
	}

	private static double rounded(double score) {
		return Math.round(score * 1000) / 1000.0;
	}

	public List<SearchHit> search(String text, List<String> types, int first) {
		List<Scored> ranked = rank(text, types, first);
		Map<String, Object> found = this.nodes.byIds(ranked.stream().map(Scored::key).toList());
		List<SearchHit> hits = new ArrayList<>();
		ranked.forEach((s) -> {
			Object node = found.get(s.key());
			if (node != null) {
				hits.add(new SearchHit(node, rounded(s.score()), s.matched()));
			}
		});
		return hits;
	}

	/** The keys of the best matches, best first: the explorer's suggestions. */
	public List<String> keys(String text, List<String> types, int first) {
		return rank(text, types, first).stream().map(Scored::key).toList();
	}

	private List<Scored> rank(String text, List<String> types, int first) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		String matching = parameters(text, types, first, parameters);
		return List.copyOf(this.client.query(RANKED_KEYS.formatted(matching))
			.bindAll(parameters)
			.fetch()
			.all()
			.stream()
			.map((row) -> new Scored((String) row.get("key"), ((Number) row.get("score")).doubleValue(),
					(String) row.get("matched")))
			.toList());
	}

	/**
	 * Checks the request and binds its parameters; returns the statement that finds the
	 * candidates: by name, and by pinyin too for a Latin text.
	 */
	private String parameters(String text, List<String> types, int first, Map<String, @Nullable Object> parameters) {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInputException("text", text, "must not be empty");
		}
		if (trimmed.length() > MAX_TEXT) {
			throw new InvalidInputException("text", trimmed.substring(0, 20) + "…",
					"is longer than " + MAX_TEXT + " characters");
		}
		if (first < 1 || first > MAX_RESULTS) {
			throw new InvalidInputException("first", first, "must be between 1 and " + MAX_RESULTS);
		}
		for (String type : types) {
			if (!TYPES.contains(type)) {
				throw new InvalidInputException("types", type, "must be one of " + TYPES);
			}
		}
		parameters.put("text", trimmed);
		parameters.put("types", types.isEmpty() ? List.copyOf(TYPES) : types);
		parameters.put("candidates", first * 5);
		parameters.put("first", first);
		parameters.put(Visibility.PARAMETER, this.visibility.unconfirmed());
		parameters.put("lucene", escape(trimmed) + (trimmed.codePoints().allMatch((c) -> c < 128) ? "*" : ""));
		String pinyin = PinyinNames.normaliseQuery(withoutEnglishLevelWords(trimmed));
		if (!pinyin.isEmpty() && trimmed.codePoints().noneMatch(Character::isIdeographic)) {
			parameters.put("pinyin", pinyin);
			parameters.put("pinyinLucene", pinyin + "*");
			return BY_NAME_AND_PINYIN;
		}
		return BY_NAME;
	}

	/**
	 * "Zhuxi County" is searched as "zhuxi": the English level words are not part of the
	 * pinyin.
	 */
	private static String withoutEnglishLevelWords(String text) {
		String stripped = text.replaceAll(
				"(?i)\\b(county|district|city|prefecture|province|town|township|subdistrict|street|village|autonomous)\\b",
				" ");
		return stripped.isBlank() ? text : stripped;
	}

	/** Lucene's query syntax characters, escaped so a search text is taken literally. */
	static String escape(String text) {
		return text.replaceAll("([+\\-!(){}\\[\\]^\"~*?:\\\\/&|])", "\\\\$1");
	}

	private record Scored(String key, double score, String matched) {
	}

}
