package org.pairingatlas.bulk;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.Transaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A graph written down canonically, so that two databases can be compared whatever order
 * their nodes were created in and whatever ids they got: every node as its sorted labels
 * and sorted properties, every relationship as its type and properties between its two
 * ends. Both are lists with repeats kept, so a row written twice shows.
 */
final class GraphFingerprint {

	// When a run wrote something, not what it wrote: two runs that write the same facts
	// differ in these and only these.
	private static final Map<String, Set<String>> RUN_TIMES = Map.of("SeedFile", Set.of("appliedAt"), "SchemaMigration",
			Set.of("appliedAt"), "ImportJob", Set.of("startedAt", "updatedAt", "finishedAt", "writingSeconds"));

	private GraphFingerprint() {
	}

	/** Every node and relationship of the graph, sorted. */
	static List<String> of(GraphDatabaseService database) {
		try (Transaction tx = database.beginTx();
				ResourceIterable<Node> nodes = tx.getAllNodes();
				ResourceIterable<Relationship> relationships = tx.getAllRelationships()) {
			List<String> lines = new ArrayList<>();
			nodes.forEach((node) -> lines.add(node(node)));
			relationships.forEach((relationship) -> lines.add(relationship(relationship)));
			lines.sort(null);
			return lines;
		}
	}

	/**
	 * Each node whose {@code key} starts with the prefix, by key: the node and every
	 * relationship it has, sorted.
	 */
	static Map<String, List<String>> around(GraphDatabaseService database, String keyPrefix) {
		try (Transaction tx = database.beginTx(); ResourceIterable<Node> nodes = tx.getAllNodes()) {
			Map<String, List<String>> byKey = new TreeMap<>();
			for (Node node : nodes) {
				if (node.getProperty("key", "") instanceof String key && key.startsWith(keyPrefix)) {
					List<String> lines = new ArrayList<>(List.of(node(node)));
					try (ResourceIterable<Relationship> relationships = node.getRelationships()) {
						relationships.forEach((relationship) -> lines.add(relationship(relationship)));
					}
					lines.sort(null);
					byKey.merge(key, lines, (a, b) -> {
						a.addAll(b);
						return a;
					});
				}
			}
			return byKey;
		}
	}

	/**
	 * Asserts that two fingerprints hold the same lines, as often each, showing the first
	 * differences: "missing" lines are in {@code expected} only, "unexpected" ones in
	 * {@code actual} only.
	 */
	static void assertSame(String what, List<String> expected, List<String> actual) {
		Map<String, Integer> balance = new HashMap<>();
		expected.forEach((line) -> balance.merge(line, 1, Integer::sum));
		actual.forEach((line) -> balance.merge(line, -1, Integer::sum));
		List<String> differences = balance.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() != 0)
			.map((entry) -> ((entry.getValue() > 0) ? "missing " : "unexpected ") + Math.abs(entry.getValue()) + "x "
					+ entry.getKey())
			.sorted()
			.toList();
		assertThat(differences).withFailMessage(() -> "%s: %d differences, the first ones:%n%s".formatted(what,
				differences.size(), String.join("\n", differences.subList(0, Math.min(20, differences.size())))))
			.isEmpty();
	}

	private static String node(Node node) {
		List<String> labels = labels(node);
		Set<String> runTimes = labels.stream()
			.flatMap((label) -> RUN_TIMES.getOrDefault(label, Set.of()).stream())
			.collect(Collectors.toSet());
		return "(:" + String.join(":", labels) + " " + properties(node, runTimes) + ")";
	}

	private static String relationship(Relationship relationship) {
		return end(relationship.getStartNode()) + "-[:" + relationship.getType().name() + " "
				+ properties(relationship, Set.of()) + "]->" + end(relationship.getEndNode());
	}

	// An end is named by its key where it has one, keys being unique: a node that differs
	// then shows once, as itself, not again in each of its relationships.
	private static String end(Node node) {
		if (node.getProperty("key", null) instanceof String key) {
			return "(:" + String.join(":", labels(node)) + " {key: '" + key + "'})";
		}
		return node(node);
	}

	private static List<String> labels(Node node) {
		return StreamSupport.stream(node.getLabels().spliterator(), false).map(Label::name).sorted().toList();
	}

	private static String properties(Entity entity, Set<String> leftOut) {
		Map<String, Object> sorted = new TreeMap<>(entity.getAllProperties());
		sorted.keySet().removeAll(leftOut);
		return sorted.entrySet()
			.stream()
			.map((property) -> property.getKey() + ": " + value(property.getValue()))
			.collect(Collectors.joining(", ", "{", "}"));
	}

	// Strings quoted, so "1" and 1 differ; arrays (lists in Cypher) element by element.
	private static String value(Object value) {
		if (value instanceof String text) {
			return "'" + text + "'";
		}
		if (value.getClass().isArray()) {
			return IntStream.range(0, Array.getLength(value))
				.mapToObj((i) -> value(Array.get(value, i)))
				.collect(Collectors.joining(", ", "[", "]"));
		}
		return value.getClass().getSimpleName() + " " + value;
	}

}
