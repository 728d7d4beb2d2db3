package org.pairingatlas.programme;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.pairingatlas.source.Sourced;

/**
 * A programme: a supporter side helps a recipient side for a period under governing
 * documents.
 */
public record Programme(String key, String name, @Nullable String nameEn, String kind, @Nullable String framework,
		@Nullable Integer startYear, @Nullable Integer endYear) implements Sourced {

	/** Reads a Programme node. */
	public static Programme of(Value node) {
		return new Programme(node.get("key").asString(), node.get("name").asString(), node.get("nameEn").asString(null),
				node.get("kind").asString(), node.get("framework").asString(null),
				node.get("startYear").isNull() ? null : node.get("startYear").asInt(),
				node.get("endYear").isNull() ? null : node.get("endYear").asInt());
	}

}
