package org.pairingatlas.base.graphql;

import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

/**
 * Refuses a query that costs more than the limit before it runs. The cost is counted on
 * the query as it will execute, with every fragment spread written out where it is spread
 * (graphql-java's own complexity check counts a named fragment once however often it is
 * spread), and in saturating arithmetic, so a huge argument or deep nesting cannot wrap
 * round to a small or negative cost.
 *
 * <p>
 * A page costs what each item costs times the page size asked for ({@code first} or
 * {@code last}, capped at the largest page so the page-size check can name the argument);
 * a node limit ({@code limit}) adds itself; other lists count ten items; the
 * {@code edges} of a page are the page itself.
 */
final class QueryCost implements Instrumentation {

	private static final int OTHER_LISTS = 10;

	private final long limit;

	QueryCost(int limit) {
		this.limit = limit;
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, @Nullable InstrumentationState state) {
		GraphQLSchema schema = parameters.getExecutionContext().getGraphQLSchema();
		List<ExecutableNormalizedField> fields = parameters.getExecutionContext()
			.getNormalizedQueryTree()
			.get()
			.getTopLevelFields();
		long cost = sum(schema, fields);
		if (cost > this.limit) {
			throw new AbortExecutionException("query costs "
					+ ((cost >= this.ceiling()) ? "more than " + this.ceiling() : cost) + ", more than the limit of "
					+ this.limit + "; ask for smaller pages or fewer nested lists");
		}
		return SimpleInstrumentationContext.noOp();
	}

	private long sum(GraphQLSchema schema, List<ExecutableNormalizedField> fields) {
		long total = 0;
		for (ExecutableNormalizedField field : fields) {
			total = capped(total + cost(schema, field));
		}
		return total;
	}

	private long cost(GraphQLSchema schema, ExecutableNormalizedField field) {
		long children = sum(schema, field.getChildren());
		Map<String, Object> arguments = field.getResolvedArguments();
		Integer pageSize = (arguments.get("first") instanceof Integer first) ? first
				: (arguments.get("last") instanceof Integer last) ? last : null;
		if (pageSize != null) {
			return capped(1 + children * Math.max(1, Math.min(pageSize, Page.MAX_SIZE)));
		}
		if (arguments.get("limit") instanceof Integer nodes) {
			return capped(1 + children + Math.max(0, nodes));
		}
		List<GraphQLFieldDefinition> definitions = field.getFieldDefinitions(schema);
		boolean list = !definitions.isEmpty()
				&& GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(definitions.get(0).getType()));
		boolean page = field.getName().equals("edges");
		return capped(1 + children * ((list && !page) ? OTHER_LISTS : 1));
	}

	/**
	 * Anything past the limit is refused alike, so counting stops just above it, far from
	 * where a long could overflow.
	 */
	private long capped(long cost) {
		return Math.min(cost, this.ceiling());
	}

	private long ceiling() {
		return this.limit * 1_000;
	}

}
