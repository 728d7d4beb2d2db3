/**
 * Money: funding rolled up by programme, year, category, region and supporter;
 * collaboration against matching funds; and the chain of fund transfers from the
 * supporter to the project unit.
 */
@NullMarked
package org.pairingatlas.funding;

import org.jspecify.annotations.NullMarked;
