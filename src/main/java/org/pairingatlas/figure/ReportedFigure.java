package org.pairingatlas.figure;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.pairingatlas.source.Sourced;

/**
 * A figure a document reports: a count or amount, as stated, with what it measures.
 */
public record ReportedFigure(String key, @Nullable String set, String role, String measure, @Nullable String dimension,
		@Nullable String value, String unit, String qualifier, @Nullable String periodStart, @Nullable String periodEnd,
		@Nullable String note) implements Sourced {

	/** Reads a ReportedFigure node. */
	public static ReportedFigure of(Value node) {
		return new ReportedFigure(node.get("key").asString(), node.get("set").asString(null),
				node.get("role").asString(), node.get("measure").asString(), node.get("dimension").asString(null),
				node.get("value").asString(null), node.get("unit").asString(), node.get("qualifier").asString(),
				node.get("periodStart").asString(null), node.get("periodEnd").asString(null),
				node.get("note").asString(null));
	}

}
