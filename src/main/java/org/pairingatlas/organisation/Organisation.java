package org.pairingatlas.organisation;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.pairingatlas.source.Sourced;

/**
 * An organisation: government body, hospital, school, university, enterprise, park or
 * institute.
 */
public record Organisation(String key, String name, @Nullable String nameEn, String kind,
		boolean confirmed) implements Sourced {

	/** Reads an Organisation node. */
	public static Organisation of(Value node) {
		return new Organisation(node.get("key").asString(), node.get("name").asString(),
				node.get("nameEn").asString(null), node.get("kind").asString(), node.get("confirmed").asBoolean(true));
	}

}
