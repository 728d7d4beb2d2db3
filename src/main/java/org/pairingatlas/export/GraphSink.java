package org.pairingatlas.export;

/**
 * Takes the nodes and relationships of a graph one at a time, in file order: a file
 * writer, or one pass of a restore.
 */
interface GraphSink {

	void node(ExportedNode node);

	void relationship(ExportedRelationship relationship);

}
