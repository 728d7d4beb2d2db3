/**
 * Exchanges of people between the sides: seconded cadres, training in person-times,
 * expert and leader visits, by period and direction.
 */
@NullMarked
package org.pairingatlas.exchange;

import org.jspecify.annotations.NullMarked;
