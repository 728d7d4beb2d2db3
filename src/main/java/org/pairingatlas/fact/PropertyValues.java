package org.pairingatlas.fact;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The properties an edit writes, in the order given; a property with no value is left
 * out, so it is neither written nor shown as changed.
 */
public final class PropertyValues {

	private final Map<String, Object> values = new LinkedHashMap<>();

	/** Sets a property unless it has no value. */
	public PropertyValues set(String name, @Nullable Object value) {
		if (value != null) {
			this.values.put(name, value);
		}
		return this;
	}

	public @Nullable Object get(String name) {
		return this.values.get(name);
	}

	/** A copy of the properties set so far. */
	public Map<String, Object> asMap() {
		return new LinkedHashMap<>(this.values);
	}

}
