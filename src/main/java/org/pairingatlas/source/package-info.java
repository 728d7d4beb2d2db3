/**
 * Provenance: the documents and pages facts come from, and the citations that tie each
 * fact to the words that state it. Every other module cites through this one.
 */
@NullMarked
package org.pairingatlas.source;

import org.jspecify.annotations.NullMarked;
