package org.pairingatlas.explorer;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.network.Subgraph;

/**
 * How each kind of node looks: fill by entity type, outline by programme, size by
 * funding. The legend is drawn from the same tables, so the two cannot disagree.
 */
final class NodeStyle {

	/** Fill colours by entity type, in legend order. */
	static final Map<String, String> TYPE_COLOURS = new LinkedHashMap<>();

	/** Outline colours by programme key, in legend order. */
	static final Map<String, String> PROGRAMME_COLOURS = new LinkedHashMap<>();

	static {
		TYPE_COLOURS.put("Region", "#4c9be8");
		TYPE_COLOURS.put("Organisation", "#f29e4c");
		TYPE_COLOURS.put("Pairing", "#8e6fd8");
		TYPE_COLOURS.put("Project", "#3bb273");
		TYPE_COLOURS.put("Programme", "#d64550");
		TYPE_COLOURS.put("FundTransfer", "#e8c547");
		TYPE_COLOURS.put("Exchange", "#4cc9c0");
		TYPE_COLOURS.put("Participation", "#b5838d");
		TYPE_COLOURS.put("Target", "#7a8b99");
		TYPE_COLOURS.put("Measurement", "#a3b1bd");
		TYPE_COLOURS.put("ReportedFigure", "#c9ada7");
		TYPE_COLOURS.put("Discrepancy", "#ff5d73");
		TYPE_COLOURS.put("Source", "#5c677d");
		PROGRAMME_COLOURS.put("jing-yu", "#1b4965");
		PROGRAMME_COLOURS.put("jing-e", "#c1121f");
		PROGRAMME_COLOURS.put("three-gorges-hubei", "#006d77");
		PROGRAMME_COLOURS.put("hubei-shanchuan", "#6a4c93");
		PROGRAMME_COLOURS.put("wenzhou-shanhai", "#e76f51");
	}

	private static final String NO_PROGRAMME = "#ffffff";

	private NodeStyle() {
	}

	static String colourOf(String type) {
		return TYPE_COLOURS.getOrDefault(type, "#888888");
	}

	static String programmeColourOf(@Nullable String programme) {
		return (programme != null) ? PROGRAMME_COLOURS.getOrDefault(programme, "#444444") : NO_PROGRAMME;
	}

	static String shapeOf(String type) {
		return switch (type) {
			case "Region" -> "round-rectangle";
			case "Organisation" -> "hexagon";
			case "Pairing" -> "diamond";
			case "Programme" -> "star";
			case "Target", "Measurement", "ReportedFigure", "Discrepancy" -> "triangle";
			default -> "ellipse";
		};
	}

	/**
	 * Diameter in pixels: 24 for anything unfunded, up to 72 for the best-funded node
	 * shown, by the square root so that area follows money.
	 */
	static int sizeOf(Subgraph.GraphNode node, double maxFunding) {
		if (node.type().equals("Programme")) {
			return 44;
		}
		if (node.funding() == null || maxFunding <= 0) {
			return 24;
		}
		return (int) Math.round(24 + 48 * Math.sqrt(Math.max(0, node.funding().doubleValue()) / maxFunding));
	}

}
