package org.pairingatlas.export;

import java.util.Optional;

/**
 * The type of a property as an export file names it: a {@link ValueKind} alone
 * ({@code Date}) or as the element type of a homogeneous list ({@code List<Date>}).
 *
 * @param kind the value's kind, or the kind of its elements
 * @param list whether the value is a list
 */
record PropertyType(ValueKind kind, boolean list) {

	private static final String LIST_START = "List<";

	/**
	 * The type an export file names with {@code name}, if any; Neo4j stores no others.
	 */
	static Optional<PropertyType> named(String name) {
		if (name.startsWith(LIST_START) && name.endsWith(">")) {
			return ValueKind.named(name.substring(LIST_START.length(), name.length() - 1))
				.filter((kind) -> kind != ValueKind.BYTES)
				.map((kind) -> new PropertyType(kind, true));
		}
		return ValueKind.named(name)
			.filter((kind) -> kind != ValueKind.NOTHING)
			.map((kind) -> new PropertyType(kind, false));
	}

	String name() {
		return this.list ? LIST_START + this.kind.typeName() + ">" : this.kind.typeName();
	}

	/** The GraphML {@code attr.type} of the key that holds properties of this type. */
	String graphMlType() {
		return this.list ? "string" : this.kind.graphMlType();
	}

}
