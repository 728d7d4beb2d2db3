package org.pairingatlas.base.graphql.compiled;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A value a compiled statement returned: its type's name and its fields by result key
 * (alias or name). The data fetchers of projected types read their field from it instead
 * of loading anything.
 */
record CompiledRow(@Nullable String typeName, Map<String, @Nullable Object> values) {

	/** The key a statement stores the type's name under. */
	static final String TYPE = "__t";

	/** Whether the value's type has no projection, so its data fetcher must answer. */
	boolean uncompiled() {
		return this.typeName == null;
	}

	/** Rows for the maps in a statement's answer, as deep as the next field reads. */
	@SuppressWarnings("unchecked")
	static @Nullable Object wrap(@Nullable Object value) {
		if (value instanceof Map<?, ?> map && map.containsKey(TYPE)) {
			return new CompiledRow((String) map.get(TYPE), (Map<String, @Nullable Object>) map);
		}
		if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
			List<@Nullable Object> rows = new ArrayList<>(list.size());
			list.forEach((item) -> rows.add(wrap(item)));
			return rows;
		}
		return value;
	}

}
