package org.pairingatlas.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A relationship as an export file holds it.
 *
 * @param id the relationship's id in the file
 * @param type its type
 * @param start the file id of the node it starts at
 * @param end the file id of the node it ends at
 * @param properties its properties
 * @param position where the file holds it, for messages (empty when read from Neo4j)
 */
record ExportedRelationship(String id, String type, String start, String end, List<Property> properties,
		String position) {

	Map<String, Object> propertyMap() {
		Map<String, Object> map = new HashMap<>();
		this.properties.forEach((property) -> map.put(property.name(), property.value()));
		return map;
	}

}
