/**
 * Shared infrastructure every feature uses: the database connection (embedded by
 * default), the GraphQL scalars and the application layout.
 */
@NullMarked
package org.pairingatlas.base;

import org.jspecify.annotations.NullMarked;
