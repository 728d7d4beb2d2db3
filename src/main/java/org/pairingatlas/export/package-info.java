/**
 * Export and restore: writes the whole graph to a JSON or GraphML file that keeps every
 * label, property type and relationship, and restores such a file into an empty database
 * as the same graph, refusing bad input before writing anything.
 */
@NullMarked
package org.pairingatlas.export;

import org.jspecify.annotations.NullMarked;
