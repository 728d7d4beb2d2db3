package org.pairingatlas.base.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Documents parsed and validated once: partners send the same few queries again and again
 * with other variables, and parsing and validating a look-up costs more than reading its
 * answer from the graph. Kept by their text (Caffeine, the most used 2,000 by default); a
 * document that fails validation is kept with its errors, so a bad query repeated is
 * refused as cheaply. What depends on the variables (the cost of the pages asked for) is
 * still checked on every request.
 */
public final class ParsedDocuments implements PreparsedDocumentProvider {

	/** Longest document kept; a longer one is parsed each time (it is rare and large). */
	public static final int LONGEST = 16_384;

	private final Cache<String, PreparsedDocumentEntry> documents;

	private final boolean keeping;

	/**
	 * @param size most documents kept; 0 keeps none (every request parsed and validated,
	 * as for a profile without the cache)
	 */
	public ParsedDocuments(int size) {
		this.documents = Caffeine.newBuilder().maximumSize(Math.max(size, 1)).build();
		this.keeping = size > 0;
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String text = input.getQuery();
		if (!this.keeping || text.length() > LONGEST) {
			return CompletableFuture.completedFuture(parseAndValidate.apply(input));
		}
		return CompletableFuture.completedFuture(this.documents.get(text, (key) -> parseAndValidate.apply(input)));
	}

	/** Keeps a document parsed and validated elsewhere (a registered one). */
	public void remember(String text, PreparsedDocumentEntry entry) {
		if (text.length() <= LONGEST) {
			this.documents.put(text, entry);
		}
	}

	/** Whether this text is kept parsed and validated. */
	public boolean holds(String text) {
		return this.documents.getIfPresent(text) != null;
	}

	/** How many documents are kept. */
	public long size() {
		return this.documents.estimatedSize();
	}

}
