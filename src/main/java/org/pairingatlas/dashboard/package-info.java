/**
 * The dashboard: funding, coverage and targets per programme and region.
 */
@NullMarked
package org.pairingatlas.dashboard;

import org.jspecify.annotations.NullMarked;
