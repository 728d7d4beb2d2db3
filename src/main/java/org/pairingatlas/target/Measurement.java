package org.pairingatlas.target;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.pairingatlas.source.Sourced;

/**
 * An actual value measured against a target, as of a date.
 */
public record Measurement(String key, BigDecimal value, String unit, String asOf,
		@Nullable String note) implements Sourced {

	static Measurement of(Value m) {
		return new Measurement(m.get("key").asString(), new BigDecimal(m.get("value").asString()),
				m.get("unit").asString(), m.get("asOf").asString(), m.get("note").asString(null));
	}

}
