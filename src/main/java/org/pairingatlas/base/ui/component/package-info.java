/**
 * Components every feature's views share: picking a node by typing its name, choosing a
 * programme. They know no feature; what they offer is handed to them.
 */
@NullMarked
package org.pairingatlas.base.ui.component;

import org.jspecify.annotations.NullMarked;
