package org.pairingatlas.region;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.pairingatlas.source.Sourced;

/**
 * A region of the division hierarchy. Its key is its official code, or {@code zone-…} for
 * a unit such as a development zone that has none.
 */
public record Region(String key, @Nullable String code, String name, @Nullable String nameEn, String level,
		boolean official) implements Sourced {

	/** Reads a Region node. */
	public static Region of(Value node) {
		return new Region(node.get("key").asString(), node.get("code").asString(null), node.get("name").asString(),
				node.get("nameEn").asString(null), node.get("level").asString(), node.get("official").asBoolean(true));
	}

}
