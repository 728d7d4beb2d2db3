package org.pairingatlas.network;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A part of the network as nodes and edges, ready to draw.
 *
 * @param nodes the nodes, the start node first
 * @param edges the relationships between them
 * @param truncated whether the node limit cut the result short
 */
public record Subgraph(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {

	/**
	 * A node to draw.
	 *
	 * @param id the entity's id
	 * @param type its kind: Region, Organisation, Programme, Pairing, Project,
	 * ReportedFigure …
	 * @param label what to write on it
	 * @param level a region's level, a pairing's level
	 * @param kind a pairing's, organisation's or programme's kind
	 * @param programme the programme it belongs to, for colouring
	 * @param confirmed false for facts the sources only suggest
	 * @param funding a project's total investment or collaboration funds in yuan, for
	 * sizing
	 */
	public record GraphNode(String id, String type, String label, @Nullable String level, @Nullable String kind,
			@Nullable String programme, boolean confirmed, @Nullable BigDecimal funding) {
	}

	/**
	 * A relationship to draw, from {@code source} to {@code target}.
	 *
	 * @param id stable for the same relationship: source, type and target
	 */
	public record GraphEdge(String id, String type, String source, String target) {
	}

}
