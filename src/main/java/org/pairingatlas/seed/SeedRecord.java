package org.pairingatlas.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What one seed row writes: a node with its label and properties, the relationships it
 * has to other nodes (by key), and the source it cites.
 */
final class SeedRecord {

	static final Set<String> ANY = Set.of();

	private final SeedRow row;

	private final String key;

	private final String label;

	private final Map<String, @Nullable Object> properties = new LinkedHashMap<>();

	private final List<Link> links = new ArrayList<>();

	private final List<Citation> citations = new ArrayList<>();

	SeedRecord(SeedRow row, String key, String label) {
		this.row = row;
		this.key = key;
		this.label = label;
	}

	/**
	 * A property the row gives; one it leaves empty is written as no value, so that a
	 * corrected seed row that empties a column removes what an earlier seed wrote there.
	 */
	SeedRecord property(String name, @Nullable Object value) {
		this.properties.put(name, value);
		return this;
	}

	/**
	 * A relationship to the node whose key is in {@code field}, if the field has a value.
	 */
	SeedRecord link(String type, String field, Set<String> targetLabels) {
		String target = this.row.optional(field);
		if (target != null) {
			this.links.add(new Link(type, field, target, targetLabels, Map.of()));
		}
		return this;
	}

	SeedRecord link(String type, String field, String target, Set<String> targetLabels, Map<String, Object> props) {
		this.links.add(new Link(type, field, target, targetLabels, props));
		return this;
	}

	SeedRecord cites(String sourceKey, String excerpt, String origin) {
		this.citations.add(new Citation(this.key, sourceKey, excerpt, origin));
		return this;
	}

	SeedRow row() {
		return this.row;
	}

	String key() {
		return this.key;
	}

	String label() {
		return this.label;
	}

	Map<String, @Nullable Object> properties() {
		return this.properties;
	}

	List<Link> links() {
		return this.links;
	}

	List<Citation> citations() {
		return this.citations;
	}

	/**
	 * A relationship from this record's node to another node, named by the field it came
	 * from.
	 */
	record Link(String type, String field, String target, Set<String> targetLabels, Map<String, Object> properties) {
	}

	/** A fact's citation: the source and the words of it that state the fact. */
	record Citation(String subject, String source, String excerpt, String origin) {
	}

}
