/**
 * Collaboration projects: what was funded where, by whom, with which split of
 * collaboration, matching, central, local and other money.
 */
@NullMarked
package org.pairingatlas.project;

import org.jspecify.annotations.NullMarked;
