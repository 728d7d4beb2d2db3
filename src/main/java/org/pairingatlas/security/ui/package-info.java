/**
 * Signing in to the explorer.
 */
@NullMarked
package org.pairingatlas.security.ui;

import org.jspecify.annotations.NullMarked;
