/**
 * The application shell: the layout with its menu, shared by every view.
 */
@NullMarked
package org.pairingatlas.base.ui;

import org.jspecify.annotations.NullMarked;
