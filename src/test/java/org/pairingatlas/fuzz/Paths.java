package org.pairingatlas.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads and writes values at dotted paths of nested maps, e.g.
 * {@code input.source.excerpt}.
 */
final class Paths {

	private Paths() {
	}

	static @Nullable Object get(Map<String, Object> root, String path) {
		Object value = root;
		for (String key : path.split("\\.")) {
			value = (value instanceof Map<?, ?> map) ? map.get(key) : null;
		}
		return value;
	}

	/** Puts a value at a path, making the maps on the way that are missing. */
	@SuppressWarnings("unchecked")
	static void put(Map<String, Object> root, String path, @Nullable Object value) {
		String[] keys = path.split("\\.");
		Map<String, Object> map = root;
		for (int i = 0; i < keys.length - 1; i++) {
			Object next = map.get(keys[i]);
			if (!(next instanceof Map)) {
				next = new LinkedHashMap<String, Object>();
				map.put(keys[i], next);
			}
			map = (Map<String, Object>) next;
		}
		map.put(keys[keys.length - 1], value);
	}

	/** The first part of a path: the variable it is in. */
	static String root(String path) {
		int dot = path.indexOf('.');
		return (dot < 0) ? path : path.substring(0, dot);
	}

	static String leaf(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
	}

}
