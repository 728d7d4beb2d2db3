package org.pairingatlas.base.graphql.compiled;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.Connection;
import org.pairingatlas.base.graphql.Page;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The selection below a list's items, compiled for a feature's own list statement: the
 * statement returns {@code expression} for each item (after binding {@code parameters})
 * and hands each returned value to {@link #item(Object)}.
 */
public record CompiledNodes(String expression, Map<String, @Nullable Object> parameters) {

	/** A value the statement returned for {@link #expression()}, as the list's item. */
	public @Nullable Object item(@Nullable Object value) {
		return CompiledRow.wrap(value);
	}

	/**
	 * A page of a list and its count in one statement: {@code count} returns
	 * {@code total}, the number of items that match; {@code items} leaves the page's
	 * items, ordered by {@code $sort} and cut at {@code $offset} and {@code $limit},
	 * under the variable this was compiled over. Binds those three (one item more than
	 * the page, to tell whether more follow) and this selection's parameters beside the
	 * list's own.
	 */
	public Connection<@Nullable Object> page(Neo4jClient client, String count, String items,
			Map<String, @Nullable Object> parameters, String sort, Page page) {
		Map<String, @Nullable Object> bound = new HashMap<>(parameters);
		bound.put("sort", sort);
		bound.put("offset", page.offset());
		bound.put("limit", page.limit() + 1);
		bound.putAll(this.parameters);
		Map<String, Object> answer = client
			.query("CALL () {\n" + count + "\n}\nCALL () {\n" + items + "\nRETURN collect(" + this.expression
					+ ") AS page\n}\nRETURN total, page")
			.bindAll(bound)
			.fetch()
			.one()
			.orElseThrow();
		List<@Nullable Object> found = new ArrayList<>();
		((List<?>) answer.get("page")).forEach((item) -> found.add(item(item)));
		return Connection.of(page, found, ((Number) answer.get("total")).longValue());
	}

}
