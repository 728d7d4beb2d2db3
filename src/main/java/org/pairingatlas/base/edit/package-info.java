/**
 * What every edit shares: typed user errors naming field and value, the checks that
 * produce them, and optimistic locking.
 */
@NullMarked
package org.pairingatlas.base.edit;

import org.jspecify.annotations.NullMarked;
