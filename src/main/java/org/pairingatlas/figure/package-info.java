/**
 * Reported figures: the numbers documents state, often without listing what they count,
 * and the discrepancies where a document's totals and parts disagree.
 */
@NullMarked
package org.pairingatlas.figure;

import org.jspecify.annotations.NullMarked;
