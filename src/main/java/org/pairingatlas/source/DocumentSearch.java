package org.pairingatlas.source;

import java.util.List;
import java.util.Map;

import org.pairingatlas.base.graphql.InvalidInputException;
import org.pairingatlas.base.graphql.Page;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Finds documents by words of their text, the seed's and those coordinators registered
 * alike, in Chinese as in English: the text's full-text index reads Chinese in pairs of
 * characters, so a phrase is found inside sentences.
 */
@Service
public class DocumentSearch {

	private static final int MAX_RESULTS = Page.MAX_SIZE;

	private static final int AROUND = 40;

	private static final String FIND = """
			CALL db.index.fulltext.queryNodes('source_text', $phrase, {limit: $limit}) YIELD node, score
			MATCH (s:Source)-[:HAS_TEXT]->(node)
			RETURN s, node.text AS text, score
			ORDER BY score DESC, s.key
			""";

	private final Neo4jClient client;

	DocumentSearch(Neo4jClient client) {
		this.client = client;
	}

	/** A document whose text holds the words, and the passage where they stand. */
	public record Hit(Document document, String passage, double score) {
	}

	public List<Hit> find(String text, int first) {
		String words = text.strip();
		if (words.isEmpty() || words.length() > 200) {
			throw new InvalidInputException("text", text, "must be 1 to 200 characters");
		}
		if (first < 1 || first > MAX_RESULTS) {
			throw new InvalidInputException("first", first, "must be between 1 and " + MAX_RESULTS);
		}
		// A phrase: the words together, in their order; quotes and backslashes taken
		// literally.
		String phrase = "\"" + words.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		return List.copyOf(this.client.query(FIND)
			.bindAll(Map.of("phrase", phrase, "limit", first))
			.fetchAs(Hit.class)
			.mappedBy((types, row) -> new Hit(Document.of(row.get("s")), passage(row.get("text").asString(), words),
					row.get("score").asDouble()))
			.all());
	}

	/**
	 * The words with some text either side, on one line; the start where not found as
	 * typed.
	 */
	static String passage(String text, String words) {
		int at = text.indexOf(words);
		int from = Math.max(0, (at < 0) ? 0 : at - AROUND);
		int to = Math.min(text.length(), ((at < 0) ? 0 : at + words.length()) + AROUND);
		return ((from > 0) ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ").strip()
				+ ((to < text.length()) ? "…" : "");
	}

}
