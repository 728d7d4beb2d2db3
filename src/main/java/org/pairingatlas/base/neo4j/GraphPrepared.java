package org.pairingatlas.base.neo4j;

/**
 * Published once the graph's schema is up to date after a start: at once, or when Neo4j
 * first answers if it could not be reached at start. Work that must follow every start
 * (refreshing derived properties) listens for it.
 */
public record GraphPrepared() {
}
