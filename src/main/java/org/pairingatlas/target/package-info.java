/**
 * Plan targets with their unit, period and baseline, the measurements against them, and
 * whether each is on track for its period.
 */
@NullMarked
package org.pairingatlas.target;

import org.jspecify.annotations.NullMarked;
