package org.pairingatlas.explorer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.network.Neighbour;
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

	/**
	 * Three queries whatever the picture holds: the neighbours of every open node at
	 * once, then the nodes and the relationships between them.
	 */
	Result of(ExplorerState state) {
		Set<String> keys = new LinkedHashSet<>(state.shown);
		boolean truncated = false;
		if (!state.expanded.isEmpty()) {
			// Rows to nodes already placed only repeat them; leave room for those.
			List<Neighbour> around = this.network.neighboursOf(List.copyOf(state.expanded), state.filter(),
					MAX_NODES * 4);
			truncated = around.size() >= MAX_NODES * 4;
			for (Neighbour neighbour : around) {
				keys.add(neighbour.of());
				if (neighbour.key() != null && kept(neighbour.level(), neighbour.kind(), state)) {
					keys.add(neighbour.key());
				}
			}
		}
		List<String> capped = new ArrayList<>(keys);
		if (capped.size() > MAX_NODES) {
			capped = capped.subList(0, MAX_NODES);
			truncated = true;
		}
		Subgraph graph = this.network.induced(capped, state.filter());
		return new Result(graph, truncated);
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
