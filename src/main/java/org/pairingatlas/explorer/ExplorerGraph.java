package org.pairingatlas.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.network.Neighbour;
import org.pairingatlas.network.NetworkQuery;
import org.pairingatlas.network.StoryLine;
import org.pairingatlas.network.Subgraph;

/**
 * Works out the subgraph an explorer state shows: the placed nodes, the pairing networks
 * of the stories told, the neighbours of the expanded nodes, what the filters keep of
 * those, and every relationship between what remains. Many neighbours of one type around
 * one node are drawn as one group node ("46 个项目") until the group is opened. The canvas
 * gets this and nothing more.
 */
final class ExplorerGraph {

	/** Most nodes the canvas is given at once. */
	static final int MAX_NODES = 5000;

	/** More neighbours of one type than this around one node are grouped. */
	static final int GROUP_OVER = 12;

	/** The type of a group node. */
	static final String GROUP = "Group";

	private static final String GROUP_PREFIX = "group:";

	private final NetworkQuery network;

	private final BiFunction<String, Integer, String> groupName;

	/**
	 * @param groupName what to call a group node, from its members' type and their count
	 */
	ExplorerGraph(NetworkQuery network, BiFunction<String, Integer, String> groupName) {
		this.network = network;
		this.groupName = groupName;
	}

	/** The group node's key for the neighbours of one type around one node. */
	static String groupKey(String group) {
		return GROUP_PREFIX + group;
	}

	/**
	 * The group ({@code key:Type}) a group node stands for, or null for any other node.
	 */
	static @Nullable String groupOf(String key) {
		return key.startsWith(GROUP_PREFIX) ? key.substring(GROUP_PREFIX.length()) : null;
	}

	/**
	 * At most four queries whatever the picture holds: the stories, the neighbours of
	 * every open node at once, then the nodes and the relationships between them.
	 */
	Result of(ExplorerState state) {
		Set<String> keys = new LinkedHashSet<>(state.shown);
		if (!state.stories.isEmpty()) {
			for (StoryLine line : this.network.storyOf(state.stories, state.filter(), MAX_NODES)) {
				keys.add(line.pairing());
				keys.add(line.supporter());
				keys.add(line.recipient());
			}
		}
		boolean truncated = false;
		Map<String, List<String>> closed = new LinkedHashMap<>();
		if (!state.expanded.isEmpty()) {
			// Rows to nodes already placed only repeat them; leave room for those.
			List<Neighbour> around = this.network.neighboursOf(List.copyOf(state.expanded), state.filter(),
					MAX_NODES * 4);
			truncated = around.size() >= MAX_NODES * 4;
			Map<String, List<String>> groups = new LinkedHashMap<>();
			for (Neighbour neighbour : around) {
				keys.add(neighbour.of());
				if (neighbour.key() != null && kept(neighbour.level(), neighbour.kind(), state)) {
					groups.computeIfAbsent(group(neighbour), (g) -> new ArrayList<>()).add(neighbour.key());
				}
			}
			groups.forEach((group, members) -> {
				if (members.size() > GROUP_OVER && !state.openGroups.contains(group)) {
					closed.put(group, members);
				}
				else {
					keys.addAll(members);
				}
			});
		}
		List<String> capped = new ArrayList<>(keys);
		if (capped.size() > MAX_NODES) {
			capped = capped.subList(0, MAX_NODES);
			truncated = true;
		}
		Subgraph graph = this.network.induced(capped, state.filter());
		return new Result(withGroups(graph, closed), truncated);
	}

	/**
	 * The group a neighbour falls in: its type around the node it neighbours, and for a
	 * region its level too, so that a county's parent city is never hidden among its
	 * fifteen townships.
	 */
	static String group(Neighbour neighbour) {
		String group = neighbour.of() + ":" + neighbour.type();
		return ("Region".equals(neighbour.type()) && neighbour.level() != null) ? group + "." + neighbour.level()
				: group;
	}

	/** Adds a group node for each closed group, linked to the node it surrounds. */
	private Subgraph withGroups(Subgraph graph, Map<String, List<String>> closed) {
		if (closed.isEmpty()) {
			return graph;
		}
		Set<String> drawn = new LinkedHashSet<>();
		graph.nodes().forEach((node) -> drawn.add(node.id()));
		List<Subgraph.GraphNode> nodes = new ArrayList<>(graph.nodes());
		List<Subgraph.GraphEdge> edges = new ArrayList<>(graph.edges());
		closed.forEach((group, members) -> {
			String around = group.substring(0, group.lastIndexOf(':'));
			String type = group.substring(group.lastIndexOf(':') + 1).split("\\.")[0];
			int hidden = (int) members.stream().filter((member) -> !drawn.contains(member)).count();
			if (hidden == 0 || !drawn.contains(around)) {
				return;
			}
			String key = groupKey(group);
			nodes.add(new Subgraph.GraphNode(key, GROUP, this.groupName.apply(type, hidden), null, null, null, true,
					null));
			edges.add(new Subgraph.GraphEdge(key + ":edge", "GROUPS", around, key));
		});
		return new Subgraph(nodes, edges, graph.truncated());
	}

	/** Whether the level and kind filters keep a node; other types always pass. */
	static boolean kept(@Nullable String level, @Nullable String kind, ExplorerState state) {
		if (!state.levels.isEmpty() && level != null && !state.levels.contains(level)) {
			return false;
		}
		return state.kinds.isEmpty() || kind == null || state.kinds.contains(kind);
	}

	/**
	 * The subgraph to draw.
	 *
	 * @param truncated whether the node limit left some neighbours out
	 */
	record Result(Subgraph graph, boolean truncated) {
	}

}
