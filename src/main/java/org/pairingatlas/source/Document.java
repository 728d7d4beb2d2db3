package org.pairingatlas.source;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * A source a fact comes from: a government document with its number, a web page, a
 * dataset or the research notes.
 */
public record Document(String key, String kind, @Nullable String number, String title, @Nullable String issuer,
		@Nullable String date, @Nullable String url, @Nullable String sha256, @Nullable String fileName) {

	/** Reads a Source node. */
	public static Document of(Value node) {
		return new Document(node.get("key").asString(), node.get("kind").asString(), node.get("number").asString(null),
				node.get("title").asString(), node.get("issuer").asString(null), node.get("date").asString(null),
				node.get("url").asString(null), node.get("sha256").asString(null), node.get("fileName").asString(null));
	}

}
