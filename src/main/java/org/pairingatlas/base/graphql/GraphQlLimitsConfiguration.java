package org.pairingatlas.base.graphql;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Field;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition.Operation;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Guards the GraphQL endpoint: depth, cost, aliases, request size, shape and time, each
 * refused with an error that names the limit.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimitsProperties.class)
class GraphQlLimitsConfiguration {

	@Bean
	Instrumentation maxDepth(GraphQlLimitsProperties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {

			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return new AbortExecutionException(
						"query is " + depth + " levels deep, deeper than the limit of " + maxDepth + " levels");
			}

		};
	}

	@Bean
	Instrumentation queryCost(GraphQlLimitsProperties limits) {
		return new QueryCost(limits.maxComplexity());
	}

	@Bean
	Instrumentation aliasesAndTime(GraphQlLimitsProperties limits) {
		return new AliasAndTimeLimits(limits.maxAliases(), limits.timeout());
	}

	@Bean
	FilterRegistrationBean<GraphQlRequestGuard> graphQlRequestGuard(GraphQlLimitsProperties limits,
			org.springframework.beans.factory.ObjectProvider<RegisteredDocuments> registered) {
		// Without a registry of documents, no id is known.
		RegisteredDocuments documents = registered.getIfAvailable(() -> (id) -> java.util.Optional.empty());
		FilterRegistrationBean<GraphQlRequestGuard> registration = new FilterRegistrationBean<>(
				new GraphQlRequestGuard(limits.maxRequestBytes(), documents));
		// Before the security filters: a malformed or oversized request is refused before
		// anything else reads it.
		registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10);
		registration.addUrlPatterns("/graphql", "/graphql/*");
		return registration;
	}

	/**
	 * Refuses documents with too many aliases, and stops fetching once a request runs too
	 * long.
	 */
	static final class AliasAndTimeLimits implements Instrumentation {

		private final int maxAliases;

		private final Duration timeout;

		AliasAndTimeLimits(int maxAliases, Duration timeout) {
			this.maxAliases = maxAliases;
			this.timeout = timeout;
		}

		@Override
		public @Nullable InstrumentationState createState(
				graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters parameters) {
			return new Started(System.nanoTime());
		}

		@Override
		public @Nullable InstrumentationContext<java.util.List<ValidationError>> beginValidation(
				InstrumentationValidationParameters parameters, @Nullable InstrumentationState state) {
			AtomicInteger aliases = new AtomicInteger();
			new NodeTraverser().preOrder(new NodeVisitorStub() {

				@Override
				public TraversalControl visitField(Field field, TraverserContext<graphql.language.Node> context) {
					if (field.getAlias() != null) {
						aliases.incrementAndGet();
					}
					return TraversalControl.CONTINUE;
				}

			}, parameters.getDocument().getChildren());
			if (aliases.get() > this.maxAliases) {
				throw new AbortExecutionException(
						"query uses " + aliases.get() + " aliases, more than the limit of " + this.maxAliases);
			}
			return SimpleInstrumentationContext.noOp();
		}

		@Override
		public @Nullable InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
				@Nullable InstrumentationState state) {
			if (state instanceof Started started && System.nanoTime() - started.at() > this.timeout.toNanos()
					&& !insideMutationResult(parameters)) {
				throw new AbortExecutionException(
						"request ran longer than the limit of " + this.timeout.toSeconds() + " s");
			}
			return SimpleInstrumentationContext.noOp();
		}

		@Override
		public @Nullable InstrumentationContext<ExecutionResult> beginExecution(
				InstrumentationExecutionParameters parameters, @Nullable InstrumentationState state) {
			return SimpleInstrumentationContext.noOp();
		}

		/**
		 * Whether the field belongs to what a mutation answers: by then the mutation has
		 * committed, and aborting would tell the caller nothing happened, inviting a
		 * second, duplicate write.
		 */
		private static boolean insideMutationResult(InstrumentationFieldFetchParameters parameters) {
			return parameters.getExecutionContext().getOperationDefinition().getOperation() == Operation.MUTATION
					&& parameters.getExecutionStepInfo().getPath().getLevel() > 1;
		}

		record Started(long at) implements InstrumentationState {
		}

	}

}
