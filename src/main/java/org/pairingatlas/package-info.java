/**
 * Pairing Atlas: who is paired with whom under which programme, what was funded where,
 * and where every fact comes from.
 */
@NullMarked
package org.pairingatlas;

import org.jspecify.annotations.NullMarked;
