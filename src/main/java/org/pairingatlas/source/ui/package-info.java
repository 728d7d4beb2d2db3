/**
 * The documents pages: every source with the facts that cite it, a document's text with
 * the cited words marked, and registering a document.
 */
@NullMarked
package org.pairingatlas.source.ui;

import org.jspecify.annotations.NullMarked;
