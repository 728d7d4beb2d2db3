package org.pairingatlas.benchmark.scale;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One question the benchmark asks three ways.
 *
 * @param name how the report names it
 * @param graphQl our API's document
 * @param cypher the best single Cypher statement that gives the same answer
 * @param parameters the Cypher's parameters
 * @param peer the name of the Neo4j GraphQL Library's equivalent in
 * {@code bench/peer/queries.json}, or none where it has none
 * @param peerVariables the variables for the peer's document; empty for its own defaults
 * @param writes whether it changes the graph (asked as a coordinator, in a write
 * transaction)
 */
public record Question(String name, String graphQl, String cypher, Map<String, Object> parameters,
		@Nullable String peer, Map<String, Object> peerVariables, boolean writes) {

	/**
	 * The baseline: an empty request, which reads nothing. It shows each way's fixed cost
	 * per request and is no question the targets are set on.
	 */
	static final String EMPTY_REQUEST = "empty request: { __typename }";

	boolean baseline() {
		return this.name.equals(EMPTY_REQUEST);
	}

	/** The aggregates and nested reads the issue sets the 3× throughput target on. */
	boolean nestedOrAggregate() {
		return this.name.startsWith("look-up") || this.name.startsWith("neighbourhood")
				|| this.name.startsWith("coverage") || this.name.startsWith("funding")
				|| this.name.startsWith("programmes") || this.name.startsWith("list");
	}

}
