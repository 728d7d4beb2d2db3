/**
 * Regions: the division hierarchy province → prefecture → county → township → village,
 * keyed by official division codes.
 */
@NullMarked
package org.pairingatlas.region;

import org.jspecify.annotations.NullMarked;
