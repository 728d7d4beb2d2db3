/**
 * The Neo4j connection: an in-process database on loopback unless
 * {@code spring.neo4j.uri} names an external server or cluster.
 */
@NullMarked
package org.pairingatlas.base.neo4j;

import org.jspecify.annotations.NullMarked;
