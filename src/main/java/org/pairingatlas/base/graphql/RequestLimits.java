package org.pairingatlas.base.graphql;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition.Operation;
import graphql.normalized.ExecutableNormalizedField;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;
import org.jspecify.annotations.Nullable;

/**
 * The limits of one GraphQL request, each refused with an error that names it: aliases
 * (counted when the document is validated, so once per document kept parsed), depth and
 * cost (measured together on the query as it will execute, before anything runs) and time
 * (no field is fetched once the request has run too long). One instrumentation, not one
 * per limit: graphql-java calls every instrumentation in its chain for every field.
 */
final class RequestLimits implements Instrumentation {

	private final GraphQlLimitsProperties limits;

	RequestLimits(GraphQlLimitsProperties limits) {
		this.limits = limits;
	}

	@Override
	public @Nullable InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Started(System.nanoTime());
	}

	@Override
	public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
			InstrumentationValidationParameters parameters, @Nullable InstrumentationState state) {
		AtomicInteger aliases = new AtomicInteger();
		new NodeTraverser().preOrder(new NodeVisitorStub() {

			@Override
			public TraversalControl visitField(Field field, TraverserContext<Node> context) {
				if (field.getAlias() != null) {
					aliases.incrementAndGet();
				}
				return TraversalControl.CONTINUE;
			}

		}, parameters.getDocument().getChildren());
		if (aliases.get() > this.limits.maxAliases()) {
			throw new AbortExecutionException(
					"query uses " + aliases.get() + " aliases, more than the limit of " + this.limits.maxAliases());
		}
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, @Nullable InstrumentationState state) {
		List<ExecutableNormalizedField> fields = parameters.getExecutionContext()
			.getNormalizedQueryTree()
			.get()
			.getTopLevelFields();
		long ceiling = this.limits.maxComplexity() * 1_000L;
		QueryMeasure measure = QueryMeasure.of(parameters.getExecutionContext().getGraphQLSchema(), fields, ceiling);
		if (measure.depth() > this.limits.maxDepth()) {
			throw new AbortExecutionException("query is " + measure.depth() + " levels deep, deeper than the limit of "
					+ this.limits.maxDepth() + " levels");
		}
		if (measure.cost() > this.limits.maxComplexity()) {
			throw new AbortExecutionException(
					"query costs " + ((measure.cost() >= ceiling) ? "more than " + ceiling : measure.cost())
							+ ", more than the limit of " + this.limits.maxComplexity()
							+ "; ask for smaller pages or fewer nested lists");
		}
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public @Nullable InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
			@Nullable InstrumentationState state) {
		Duration timeout = this.limits.timeout();
		if (state instanceof Started started && System.nanoTime() - started.at() > timeout.toNanos()
				&& !insideMutationResult(parameters)) {
			throw new AbortExecutionException("request ran longer than the limit of " + timeout.toSeconds() + " s");
		}
		return SimpleInstrumentationContext.noOp();
	}

	/**
	 * Whether the field belongs to what a mutation answers: by then the mutation has
	 * committed, and aborting would tell the caller nothing happened, inviting a second,
	 * duplicate write.
	 */
	private static boolean insideMutationResult(InstrumentationFieldFetchParameters parameters) {
		return parameters.getExecutionContext().getOperationDefinition().getOperation() == Operation.MUTATION
				&& parameters.getExecutionStepInfo().getPath().getLevel() > 1;
	}

	record Started(long at) implements InstrumentationState {
	}

}
