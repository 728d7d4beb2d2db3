package org.pairingatlas.organisation;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.pairingatlas.source.Sourced;

/**
 * An organisation: government body, hospital, school, university, enterprise, park or
 * institute.
 */
public record Organisation(String key, String name, @Nullable String nameEn, String kind, @Nullable String creditCode,
		boolean confirmed, String status, @Nullable String endDate, @Nullable String note,
		int version) implements Sourced {

	/** Reads an Organisation node. */
	public static Organisation of(Value node) {
		return new Organisation(node.get("key").asString(), node.get("name").asString(),
				node.get("nameEn").asString(null), node.get("kind").asString(), node.get("creditCode").asString(null),
				node.get("confirmed").asBoolean(true), node.get("status").asString("active"),
				node.get("endDate").asString(null), node.get("note").asString(null), node.get("version").asInt(0));
	}

}
