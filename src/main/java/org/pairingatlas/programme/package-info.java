/**
 * Programmes: the paired-assistance programmes, their governing documents and what the
 * graph holds for each.
 */
@NullMarked
package org.pairingatlas.programme;

import org.jspecify.annotations.NullMarked;
