package org.pairingatlas.base.graphql;

import org.jspecify.annotations.Nullable;

/**
 * What part of a list a request asks for, from the Relay arguments {@code first},
 * {@code after}, {@code last} and {@code before}, as an offset and a limit.
 *
 * @param offset the first item to return
 * @param limit how many items to return at most
 */
public record Page(long offset, int limit) {

	/** The page size used when a request names none. */
	public static final int DEFAULT_SIZE = 20;

	/** The largest page a request may ask for. */
	public static final int MAX_SIZE = 100;

	public static Page of(@Nullable Integer first, @Nullable String after, @Nullable Integer last,
			@Nullable String before) {
		if (first != null && last != null) {
			throw new InvalidInputException("last", last, "cannot be combined with first");
		}
		checkSize("first", first);
		checkSize("last", last);
		long afterOffset = (after != null) ? Cursors.decode("after", after) + 1 : 0;
		if (last != null || before != null) {
			long end = (before != null) ? Cursors.decode("before", before) : Long.MAX_VALUE;
			if (end == Long.MAX_VALUE && last != null) {
				throw new InvalidInputException("last", last, "needs before: pages from the end need a cursor");
			}
			int size = (last != null) ? last : DEFAULT_SIZE;
			long start = Math.max(afterOffset, end - size);
			return new Page(start, (int) Math.max(0, end - start));
		}
		return new Page(afterOffset, (first != null) ? first : DEFAULT_SIZE);
	}

	private static void checkSize(String field, @Nullable Integer size) {
		if (size != null && (size < 0 || size > MAX_SIZE)) {
			throw new InvalidInputException(field, size, "must be between 0 and " + MAX_SIZE);
		}
	}

}
