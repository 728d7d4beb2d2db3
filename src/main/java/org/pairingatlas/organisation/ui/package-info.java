/**
 * The list of organisations, filtered and exported.
 */
@NullMarked
package org.pairingatlas.organisation.ui;

import org.jspecify.annotations.NullMarked;
