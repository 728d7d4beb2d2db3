/**
 * Coverage: for a region, a level and a kind of pairing, which units are known to be
 * paired and which are not, next to the figures the documents report.
 */
@NullMarked
package org.pairingatlas.coverage;

import org.jspecify.annotations.NullMarked;
