package org.pairingatlas.source;

/**
 * Anything in the graph that states a fact and so cites sources; its key finds the
 * citations.
 */
public interface Sourced {

	String key();

}
