package org.pairingatlas.base.graphql;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a list, shaped as a GraphQL Cursor Connection: edges with opaque cursors,
 * page information and the total number of items that match.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

	/**
	 * Builds the connection for items fetched at {@code page.offset()}, one more than
	 * asked for if there are more.
	 */
	public static <T> Connection<T> of(Page page, List<T> fetched, long totalCount) {
		boolean more = fetched.size() > page.limit();
		List<T> items = more ? fetched.subList(0, page.limit()) : fetched;
		List<Edge<T>> edges = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			edges.add(new Edge<>(items.get(i), Cursors.encode(page.offset() + i)));
		}
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new Connection<>(edges, new PageInfo(page.offset() > 0, more, start, end), totalCount);
	}

	/** An item and the cursor that points at it. */
	public record Edge<T>(T node, String cursor) {
	}

	/** Where this page sits in the whole list. */
	public record PageInfo(boolean hasPreviousPage, boolean hasNextPage, @Nullable String startCursor,
			@Nullable String endCursor) {
	}

}
