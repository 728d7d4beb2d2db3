package org.pairingatlas.base.edit;

import org.jspecify.annotations.Nullable;

/**
 * The source an edited fact cites: a document or page by id, and the words of it that
 * state the fact.
 */
public record SourceInput(@Nullable String document, @Nullable String excerpt) {

	/**
	 * Checks the citation is complete; the document's existence is checked with the other
	 * ids.
	 */
	public void check(Checks checks, String field) {
		if (this.document == null) {
			checks.invalid(field + ".document", null, "is required: every fact cites its source");
		}
		else {
			checks.key(field + ".document", this.document);
		}
		checks.text(field + ".excerpt", this.excerpt, 2000);
	}

	/** Checks that a fact being recorded cites a complete source. */
	public static void require(Checks checks, @Nullable SourceInput source) {
		if (source == null) {
			checks.invalid("source", null, "is required: every fact cites its source");
		}
		else {
			source.check(checks, "source");
		}
	}

}
