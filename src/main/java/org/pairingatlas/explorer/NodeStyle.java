package org.pairingatlas.explorer;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.entity.EntityType;
import org.pairingatlas.network.Subgraph;

/**
 * How each kind of node looks: fill and shape by entity type (from the registry of
 * types), outline by programme, size by funding. The legend is drawn from the same
 * tables, so the two cannot disagree.
 */
final class NodeStyle {

	/** Outline colours by programme key, in legend order. */
	static final Map<String, String> PROGRAMME_COLOURS = new LinkedHashMap<>();

	static {
		PROGRAMME_COLOURS.put("jing-yu", "#1b4965");
		PROGRAMME_COLOURS.put("jing-e", "#c1121f");
		PROGRAMME_COLOURS.put("three-gorges-hubei", "#006d77");
		PROGRAMME_COLOURS.put("three-gorges-national", "#2a9d8f");
		PROGRAMME_COLOURS.put("hubei-shanchuan", "#6a4c93");
		PROGRAMME_COLOURS.put("wenzhou-shanhai", "#e76f51");
	}

	private static final String NO_PROGRAMME = "#ffffff";

	private NodeStyle() {
	}

	static String colourOf(String type) {
		return EntityTypes.of(type).map(EntityType::colour).orElse("#888888");
	}

	static String programmeColourOf(@Nullable String programme) {
		return (programme != null) ? PROGRAMME_COLOURS.getOrDefault(programme, "#444444") : NO_PROGRAMME;
	}

	static String shapeOf(String type) {
		return EntityTypes.of(type).map(EntityType::shape).orElse("ellipse");
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
