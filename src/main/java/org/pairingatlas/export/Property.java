package org.pairingatlas.export;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

/**
 * One property of a node or relationship in an export file.
 *
 * @param name the property's key
 * @param type its Neo4j type
 * @param value the value as the Java object the driver reads and writes: {@code String},
 * {@code Long}, {@code Double}, {@code Boolean}, a {@code java.time} value,
 * {@code IsoDuration}, {@code Point}, {@code byte[]}, or a {@code List} of one of these
 */
record Property(String name, PropertyType type, Object value) {

	/** The property {@code name} with the value read from Neo4j. */
	static Property of(String name, Value value) {
		if (!value.hasType(TypeSystem.getDefault().LIST())) {
			ValueKind kind = ValueKind.of(value);
			return new Property(name, new PropertyType(kind, false), kind.javaValue(value));
		}
		ValueKind kind = ValueKind.NOTHING;
		List<Object> elements = new ArrayList<>(value.size());
		for (Value element : value.values()) {
			ValueKind elementKind = ValueKind.of(element);
			if (kind != ValueKind.NOTHING && elementKind != kind) {
				throw new IllegalArgumentException("property '" + name + "' is a list of " + kind.typeName() + " and "
						+ elementKind.typeName() + " values, which Neo4j does not store");
			}
			kind = elementKind;
			elements.add(elementKind.javaValue(element));
		}
		return new Property(name, new PropertyType(kind, true), elements);
	}

}
