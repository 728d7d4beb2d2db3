package org.pairingatlas.explorer;

/** The ways the canvas can arrange the network. */
public enum GraphLayout {

	/** Force-directed (fCoSE): related nodes close, clusters apart. */
	FORCE("fcose"),
	/**
	 * The story of a pairing network: supporters on the left facing their recipients on
	 * the right, each pairing between them.
	 */
	SIDES("sides"),
	/** Rings around the expanded nodes. */
	CONCENTRIC("concentric"),
	/** Levels outwards from the first node, as a tree. */
	TREE("breadthfirst"), CIRCLE("circle"), GRID("grid");

	private final String cytoscapeName;

	GraphLayout(String cytoscapeName) {
		this.cytoscapeName = cytoscapeName;
	}

	String cytoscapeName() {
		return this.cytoscapeName;
	}

	/** The layout with this name in a link, or the force layout. */
	static GraphLayout of(String name) {
		for (GraphLayout layout : values()) {
			if (layout.name().equalsIgnoreCase(name)) {
				return layout;
			}
		}
		return FORCE;
	}

}
