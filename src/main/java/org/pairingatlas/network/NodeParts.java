package org.pairingatlas.network;

import graphql.schema.DataFetchingFieldSelectionSet;

import org.pairingatlas.entity.EntityTypes;

/**
 * Which of a graph node's costlier parts to read: its words, its programme and its
 * funding. A neighbourhood of 竹溪县 two steps out reaches 420 nodes at national size, and
 * reading every node's programme and words took three quarters of the walk's time in the
 * database; a request that draws ids and labels asks for the words only.
 *
 * @param label whether to read what to write on the node
 * @param programme whether to read the programme it belongs to
 * @param funding whether to read a project's funds
 */
record NodeParts(boolean label, boolean programme, boolean funding) {

	/** Everything, for the explorer and the pages. */
	static final NodeParts ALL = new NodeParts(true, true, true);

	/**
	 * What a request selects of the nodes under a field.
	 * @param selection the field's selection
	 */
	static NodeParts selected(DataFetchingFieldSelectionSet selection) {
		return new NodeParts(selection.contains("nodes/label"), selection.contains("nodes/programme"),
				selection.contains("nodes/funding"));
	}

	/**
	 * The node {@code n} as a map; the parts not read are left out, and a label left out
	 * reads as empty.
	 */
	String projection() {
		return "{ key: n.key, type: [l IN labels(n) WHERE l <> 'Entity'][0], level: n.level, kind: n.kind,"
				+ " confirmed: coalesce(n.confirmed, true)"
				+ (this.label ? ", label: " + EntityTypes.displayName("n") : "")
				+ (this.programme ? ", programme: [(n)-[:UNDER]->(owner:Programme) | owner.key][0]" : "")
				+ (this.funding ? ", fundingFen: coalesce(n.totalInvestmentFen, n.collaborationFundsFen)" : "") + " }";
	}

}
