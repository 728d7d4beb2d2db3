/**
 * The audit trail: every edit records who made it, when, what changed, and the values
 * before and after; coordinators and partners can query it.
 */
@NullMarked
package org.pairingatlas.audit;

import org.jspecify.annotations.NullMarked;
