package org.pairingatlas.base.graphql.compiled;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.Connection;
import org.pairingatlas.base.graphql.Page;

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
	 * One statement for a page of a list: {@code count} returns {@code total}, the number
	 * of items that match; {@code items} leaves the page's items, ordered and cut, under
	 * the variable this was compiled over. Its answer is read by {@link #connection}.
	 */
	public String page(String count, String items) {
		return "CALL () {\n" + count + "\n}\nCALL () {\n" + items + "\nRETURN collect(" + this.expression
				+ ") AS page\n}\nRETURN total, page";
	}

	/** The connection for the answer of {@link #page} run for {@code page}. */
	public Connection<@Nullable Object> connection(Page page, Map<String, Object> answer) {
		List<@Nullable Object> items = new ArrayList<>();
		((List<?>) answer.get("page")).forEach((item) -> items.add(item(item)));
		return Connection.of(page, items, ((Number) answer.get("total")).longValue());
	}

}
