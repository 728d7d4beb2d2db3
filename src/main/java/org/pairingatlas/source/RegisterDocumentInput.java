package org.pairingatlas.source;

import org.jspecify.annotations.Nullable;

/**
 * A document a coordinator brings: what it is (kind, number, title, issuer, date,
 * address) and, when no file is uploaded with it, its text pasted.
 *
 * @param kind document, web, dataset, research, agreement, news or list
 * @param text the document's text, when it is pasted rather than uploaded
 */
public record RegisterDocumentInput(@Nullable String kind, @Nullable String number, @Nullable String title,
		@Nullable String issuer, @Nullable String date, @Nullable String url, @Nullable String text) {
}
