/**
 * The start view: the programmes with what the graph holds for each.
 */
@NullMarked
package org.pairingatlas.programme.ui;

import org.jspecify.annotations.NullMarked;
