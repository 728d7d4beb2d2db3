/**
 * The explorer: the network drawn in the browser, searched, expanded, filtered and
 * exported, with the sources of every fact beside it.
 */
@NullMarked
package org.pairingatlas.explorer;

import org.jspecify.annotations.NullMarked;
