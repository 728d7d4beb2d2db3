package org.pairingatlas.base.graphql;

import java.util.List;
import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * How deep a query goes and what it costs, measured in one pass over the query as it will
 * execute: with every fragment spread written out where it is spread (graphql-java's own
 * complexity check counts a named fragment once however often it is spread), with
 * {@code @skip} and {@code @include} decided, and in saturating arithmetic, so a huge
 * argument or deep nesting cannot wrap round to a small or negative cost.
 *
 * <p>
 * The depth is the number of levels of fields, the root fields being the first (as
 * graphql-java's {@code MaxQueryDepthInstrumentation} counts). A page costs what each
 * item costs times the page size asked for ({@code first} or {@code last}, capped at the
 * largest page so the page-size check can name the argument); a node limit
 * ({@code limit}) adds itself; other lists count ten items; the {@code edges} of a page
 * are the page itself.
 *
 * @param depth levels of fields
 * @param cost the cost, or {@code ceiling} when it is that or more
 */
record QueryMeasure(int depth, long cost) {

	private static final int OTHER_LISTS = 10;

	/**
	 * Measures these root fields; counting the cost stops at {@code ceiling}, anything
	 * past which is refused alike, far from where a long could overflow.
	 */
	static QueryMeasure of(GraphQLSchema schema, List<ExecutableNormalizedField> fields, long ceiling) {
		Counting counting = new Counting(schema, ceiling);
		long cost = counting.sum(fields, 1);
		return new QueryMeasure(counting.depth, cost);
	}

	private static final class Counting {

		private final GraphQLSchema schema;

		private final long ceiling;

		private int depth;

		Counting(GraphQLSchema schema, long ceiling) {
			this.schema = schema;
			this.ceiling = ceiling;
		}

		long sum(List<ExecutableNormalizedField> fields, int level) {
			long total = 0;
			for (ExecutableNormalizedField field : fields) {
				total = capped(total + cost(field, level));
			}
			return total;
		}

		private long cost(ExecutableNormalizedField field, int level) {
			this.depth = Math.max(this.depth, level);
			long children = sum(field.getChildren(), level + 1);
			Map<String, Object> arguments = field.getResolvedArguments();
			Integer pageSize = (arguments.get("first") instanceof Integer first) ? first
					: (arguments.get("last") instanceof Integer last) ? last : null;
			if (pageSize != null) {
				return capped(1 + children * Math.max(1, Math.min(pageSize, Page.MAX_SIZE)));
			}
			if (arguments.get("limit") instanceof Integer nodes) {
				return capped(1 + children + Math.max(0, nodes));
			}
			List<GraphQLFieldDefinition> definitions = field.getFieldDefinitions(this.schema);
			boolean list = !definitions.isEmpty()
					&& GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(definitions.get(0).getType()));
			boolean page = field.getName().equals("edges");
			return capped(1 + children * ((list && !page) ? OTHER_LISTS : 1));
		}

		private long capped(long cost) {
			return Math.min(cost, this.ceiling);
		}

	}

}
