/**
 * GraphQL infrastructure every feature shares: Relay-style connections with opaque
 * cursors, and the translation of failures into errors that name what was wrong without
 * leaking internals.
 */
@NullMarked
package org.pairingatlas.base.graphql;

import org.jspecify.annotations.NullMarked;
