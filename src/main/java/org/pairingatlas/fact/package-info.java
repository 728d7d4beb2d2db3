/**
 * The one path by which a fact enters the graph or changes: authorise, validate, resolve
 * the ids it names, keep it unique under a lock, write, cite, check the writer's remit
 * and audit. Each kind of fact supplies only its own checks and Cypher ({@link NewFact},
 * {@link FactChange}); {@link FactWriter} runs the sequence.
 */
@NullMarked
package org.pairingatlas.fact;

import org.jspecify.annotations.NullMarked;
