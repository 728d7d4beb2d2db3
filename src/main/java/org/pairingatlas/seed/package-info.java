/**
 * The seed: applies the schema migrations and loads the sourced facts of
 * {@code graph-seed/} into the graph, validating every row and checking the documents'
 * totals against their parts.
 */
@NullMarked
package org.pairingatlas.seed;

import org.jspecify.annotations.NullMarked;
