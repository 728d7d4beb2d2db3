package org.pairingatlas.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.pairingatlas.security.Visibility;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Finds any entity by its id and returns it as the object of its own feature, read by the
 * {@link EntityLoader} that feature lends.
 */
@Service
public class Nodes {

	// Types read whole from their node (regions and organisations, most of the graph)
	// come back with the first query: asking for one then costs one round trip, not two.
	private static final String LABELS = """
			UNWIND $ids AS id
			MATCH (n:Entity {key: id})
			WITH id, n, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
			RETURN id, label, CASE WHEN label IN $whole AND %s THEN n END AS node
			""".formatted(Visibility.rule("n"));

	private final Neo4jClient client;

	private final Visibility visibility;

	private final ObjectProvider<EntityLoader> loaders;

	// Which loader reads each label, and how the labels read whole from their node are
	// read: the same for the application's life, so worked out on the first look-up
	// rather than on every one.
	private volatile @Nullable Map<String, EntityLoader> loaderOf;

	private volatile @Nullable Map<String, Function<Value, Object>> readers;

	Nodes(Neo4jClient client, Visibility visibility, ObjectProvider<EntityLoader> loaders) {
		this.client = client;
		this.visibility = visibility;
		this.loaders = loaders;
	}

	public Optional<Object> byId(String id) {
		return Optional.ofNullable(byIds(List.of(id)).get(id));
	}

	/**
	 * Each id's entity that the caller may see, as the object of its feature: those read
	 * whole from their node with the first query, other kinds with one more query per
	 * kind found.
	 */
	public Map<String, Object> byIds(Collection<String> ids) {
		Map<String, Function<Value, Object>> readers = readers();
		Map<String, EntityLoader> loaderOf = loaderOf();
		Map<String, List<String>> idsByLabel = new HashMap<>();
		Map<String, Object> found = new HashMap<>();
		this.client.query(LABELS)
			.bindAll(Map.of("ids", List.copyOf(ids), "whole", List.copyOf(readers.keySet()), Visibility.PARAMETER,
					this.visibility.unconfirmed()))
			.fetchAs(Record.class)
			.mappedBy((types, row) -> row)
			.all()
			.forEach((row) -> {
				String id = row.get("id").asString();
				String label = row.get("label").asString();
				if (!row.get("node").isNull()) {
					found.put(id, readers.get(label).apply(row.get("node")));
				}
				else if (!readers.containsKey(label) && loaderOf.containsKey(label)) {
					idsByLabel.computeIfAbsent(label, (l) -> new ArrayList<>()).add(id);
				}
			});
		idsByLabel.forEach((label, keys) -> found.putAll(loaderOf.get(label).byKeys(label, keys)));
		return found;
	}

	private Map<String, EntityLoader> loaderOf() {
		Map<String, EntityLoader> known = this.loaderOf;
		if (known == null) {
			Map<String, EntityLoader> found = new HashMap<>();
			this.loaders.orderedStream()
				.forEach((loader) -> loader.labels().forEach((label) -> found.put(label, loader)));
			known = Map.copyOf(found);
			this.loaderOf = known;
		}
		return known;
	}

	private Map<String, Function<Value, Object>> readers() {
		Map<String, Function<Value, Object>> known = this.readers;
		if (known == null) {
			Map<String, Function<Value, Object>> found = new HashMap<>();
			this.loaders.orderedStream().forEach((loader) -> found.putAll(loader.readers()));
			known = Map.copyOf(found);
			this.readers = known;
		}
		return known;
	}

}
