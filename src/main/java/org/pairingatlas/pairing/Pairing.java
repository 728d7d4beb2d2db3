package org.pairingatlas.pairing;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.pairingatlas.source.Sourced;

/**
 * A pairing: a supporter and a recipient (regions or organisations, by key) tied under a
 * programme.
 */
public record Pairing(String key, String programmeKey, String level, String kind, String supporterKey,
		String recipientKey, @Nullable String startDate, @Nullable String endDate, String status, boolean confirmed,
		@Nullable String note, int version) implements Sourced {

	/**
	 * Reads a row holding the pairing {@code p} and the keys of its programme, supporter
	 * and recipient.
	 */
	static Pairing of(Record row) {
		var p = row.get("p");
		return new Pairing(p.get("key").asString(), row.get("programme").asString(), p.get("level").asString(),
				p.get("kind").asString(), row.get("supporter").asString(), row.get("recipient").asString(),
				p.get("startDate").asString(null), p.get("endDate").asString(null), p.get("status").asString(),
				p.get("confirmed").asBoolean(true), p.get("note").asString(null), p.get("version").asInt(0));
	}

}
