package org.pairingatlas.sheet;

/** What a row of an import does. */
public enum Outcome {

	/** A fact the graph lacks: it will be recorded. */
	NEW,

	/** The fact is in the graph as the row has it: nothing to do. */
	UNCHANGED,

	/** The fact is in the graph with other values: they will be changed. */
	CHANGED,

	/** The row cannot be imported; its reasons say why. */
	REFUSED

}
