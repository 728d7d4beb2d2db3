package org.pairingatlas.explorer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.pairingatlas.network.NetworkQuery;
import org.pairingatlas.network.Subgraph;

/**
 * Works out the subgraph an explorer state shows: the placed nodes, the neighbours of the
 * expanded ones, what the filters keep of those, and every relationship between what
 * remains. The canvas gets this and nothing more.
 */
final class ExplorerGraph {

	/** Most nodes the canvas is given at once. */
	static final int MAX_NODES = 5000;

	private final NetworkQuery network;

	ExplorerGraph(NetworkQuery network) {
		this.network = network;
	}

	Result of(ExplorerState state) {
		Set<String> keys = new LinkedHashSet<>(state.shown);
		boolean truncated = false;
		for (String key : state.expanded) {
			int room = MAX_NODES - keys.size();
			if (room <= 0) {
				truncated = true;
				break;
			}
			Subgraph around = this.network.neighbourhood(key, 1, state.filter(), Math.min(room + 1, MAX_NODES));
			truncated |= around.truncated();
			around.nodes()
				.stream()
				.filter((node) -> node.id().equals(key) || kept(node, state))
				.forEach((node) -> keys.add(node.id()));
		}
		List<String> capped = new ArrayList<>(keys);
		if (capped.size() > MAX_NODES) {
			capped = capped.subList(0, MAX_NODES);
			truncated = true;
		}
		Subgraph graph = this.network.induced(capped, state.filter());
		return new Result(graph, truncated);
	}

	/** Whether the level and kind filters keep this node; other types always pass. */
	static boolean kept(Subgraph.GraphNode node, ExplorerState state) {
		if (!state.levels.isEmpty() && node.level() != null && !state.levels.contains(node.level())) {
			return false;
		}
		return state.kinds.isEmpty() || node.kind() == null || state.kinds.contains(node.kind());
	}

	/**
	 * The subgraph to draw.
	 *
	 * @param truncated whether the node limit left some neighbours out
	 */
	record Result(Subgraph graph, boolean truncated) {
	}

}
