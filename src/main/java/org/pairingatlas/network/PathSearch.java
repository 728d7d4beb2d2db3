package org.pairingatlas.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Breadth-first search from both ends at once, one layer at a time from the smaller side,
 * keeping every parent found in a layer so that all shortest paths can be listed.
 */
final class PathSearch {

	private final String from;

	private final String to;

	private final BiFunction<List<String>, List<String>, List<Step>> expand;

	private final Map<String, Subgraph.GraphEdge> edges = new HashMap<>();

	PathSearch(String from, String to, BiFunction<List<String>, List<String>, List<Step>> expand) {
		this.from = from;
		this.to = to;
		this.expand = expand;
	}

	/**
	 * Up to {@code limit} shortest paths of at most {@code maxLength} steps, each a list
	 * of node keys.
	 */
	List<List<String>> run(int maxLength, int limit, int maxNodes) {
		Side start = new Side(this.from);
		Side end = new Side(this.to);
		for (int length = 0; length < maxLength; length++) {
			Side smaller = (start.frontier.size() <= end.frontier.size()) ? start : end;
			if (smaller.frontier.isEmpty() || start.parents.size() + end.parents.size() > maxNodes) {
				return List.of();
			}
			// Both ends count as seen, so the filter never hides the nodes a path must
			// reach.
			List<String> seen = new ArrayList<>(smaller.parents.keySet());
			seen.add(this.from);
			seen.add(this.to);
			smaller.grow(this.expand.apply(smaller.frontier, seen), this.edges);
			List<String> meetings = start.parents.keySet().stream().filter(end.parents::containsKey).toList();
			if (!meetings.isEmpty()) {
				List<List<String>> paths = new ArrayList<>();
				for (String meeting : meetings) {
					for (List<String> head : start.pathsTo(meeting, limit)) {
						for (List<String> tail : end.pathsTo(meeting, limit)) {
							List<String> path = new ArrayList<>(head);
							for (int i = tail.size() - 2; i >= 0; i--) {
								path.add(tail.get(i));
							}
							if (paths.size() < limit) {
								paths.add(path);
							}
						}
					}
				}
				return paths;
			}
		}
		return List.of();
	}

	Subgraph.GraphEdge edge(String a, String b) {
		return this.edges.get(pair(a, b));
	}

	private static String pair(String a, String b) {
		return (a.compareTo(b) < 0) ? a + "\u0000" + b : b + "\u0000" + a;
	}

	/** One relationship found while expanding: from a frontier node to a neighbour. */
	record Step(String from, String to, Subgraph.GraphEdge edge) {
	}

	private static final class Side {

		private final Map<String, List<String>> parents = new LinkedHashMap<>();

		private List<String> frontier;

		Side(String root) {
			this.parents.put(root, List.of());
			this.frontier = List.of(root);
		}

		void grow(List<Step> steps, Map<String, Subgraph.GraphEdge> edges) {
			Map<String, List<String>> layer = new LinkedHashMap<>();
			for (Step step : steps) {
				if (this.parents.containsKey(step.to())) {
					continue;
				}
				layer.computeIfAbsent(step.to(), (k) -> new ArrayList<>()).add(step.from());
				edges.putIfAbsent(pair(step.from(), step.to()), step.edge());
			}
			this.parents.putAll(layer);
			this.frontier = List.copyOf(layer.keySet());
		}

		/** Paths from this side's root to the node, root first. */
		List<List<String>> pathsTo(String node, int limit) {
			List<String> parentsOfNode = this.parents.get(node);
			if (parentsOfNode.isEmpty()) {
				return List.of(List.of(node));
			}
			List<List<String>> paths = new ArrayList<>();
			for (String parent : parentsOfNode) {
				for (List<String> path : pathsTo(parent, limit)) {
					if (paths.size() >= limit) {
						return paths;
					}
					List<String> extended = new ArrayList<>(path);
					extended.add(node);
					paths.add(extended);
				}
			}
			return paths;
		}

	}

}
