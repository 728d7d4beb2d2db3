/**
 * Pairings: who supports whom under which programme, at county, township or institution
 * level, since when and on whose word.
 */
@NullMarked
package org.pairingatlas.pairing;

import org.jspecify.annotations.NullMarked;
