package org.pairingatlas.figure;

import org.neo4j.driver.Value;
import org.pairingatlas.source.Sourced;

/**
 * A disagreement inside a document between a stated total and the sum of its stated
 * parts.
 */
public record Discrepancy(String key, String kind, String stated, String computed, String difference, String unit,
		String description) implements Sourced {

	/** Reads a Discrepancy node. */
	public static Discrepancy of(Value node) {
		return new Discrepancy(node.get("key").asString(), node.get("kind").asString(), node.get("stated").asString(),
				node.get("computed").asString(), node.get("difference").asString(), node.get("unit").asString(),
				node.get("description").asString());
	}

}
