/**
 * The list of pairings, filtered, sorted and exported, and the form that records one.
 */
@NullMarked
package org.pairingatlas.pairing.ui;

import org.jspecify.annotations.NullMarked;
