/**
 * Compiled reads: a request's look-up or list, with everything nested below it, answered
 * by one Cypher statement built from its selection set. Features say how each of their
 * types' fields is read inside a statement ({@link TypeProjection}); a field no feature
 * declared, anywhere in the selection, leaves the request to the ordinary data fetchers
 * and batch loading.
 */
@NullMarked
package org.pairingatlas.base.graphql.compiled;

import org.jspecify.annotations.NullMarked;
