package org.pairingatlas.source;

import org.jspecify.annotations.Nullable;

/**
 * A fact's citation: the source and the words of it that state the fact.
 */
public record Citation(Document document, @Nullable String excerpt) {
}
