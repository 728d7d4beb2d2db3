/**
 * Picking a node by typing its name, for the explorer's forms and filters.
 */
@NullMarked
package org.pairingatlas.search.ui;

import org.jspecify.annotations.NullMarked;
