package org.pairingatlas.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A node as an export file holds it.
 *
 * @param id the node's id in the file (the element id it had in the exported database)
 * @param labels its labels
 * @param properties its properties
 * @param position where the file holds it, for messages (empty when read from Neo4j)
 */
record ExportedNode(String id, List<String> labels, List<Property> properties, String position) {

	/** The label of the records of applied schema migrations. */
	static final String SCHEMA_MIGRATION = "SchemaMigration";

	boolean isSchemaMigration() {
		return this.labels.contains(SCHEMA_MIGRATION);
	}

	Map<String, Object> propertyMap() {
		Map<String, Object> map = new HashMap<>();
		this.properties.forEach((property) -> map.put(property.name(), property.value()));
		return map;
	}

}
