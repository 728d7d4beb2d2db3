package org.pairingatlas.entity;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.neo4j.driver.Value;

/**
 * How a feature's types are read by key, as the objects the API and the views show: each
 * feature module lends one for the types it owns, so that finding any node by its id
 * needs no list of features.
 */
public interface EntityLoader {

	/** The labels of the types this loads. */
	Set<String> labels();

	/** The entities of this label with these keys that the caller may see, by key. */
	Map<String, ?> byKeys(String label, Collection<String> keys);

	/**
	 * For types read whole from their node alone, how: these come back with the first
	 * query of a look-up, which then costs one round trip, not two. The node has passed
	 * the visibility rule.
	 */
	default Map<String, Function<Value, Object>> readers() {
		return Map.of();
	}

}
