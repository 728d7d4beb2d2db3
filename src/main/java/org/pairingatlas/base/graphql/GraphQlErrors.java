package org.pairingatlas.base.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns a refused argument into an error that names the argument and its value. Anything
 * else becomes an opaque internal error: Cypher, stack traces and internal ids never
 * reach the caller, and the cause is logged with the request's path.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private static final Log log = LogFactory.getLog(GraphQlErrors.class);

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof InvalidInputException invalid) {
			Map<String, Object> extensions = new LinkedHashMap<>();
			extensions.put("field", invalid.field());
			if (invalid.value() != null) {
				extensions.put("value", invalid.value());
			}
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(invalid.getMessage())
				.extensions(extensions)
				.build();
		}
		if (ex instanceof AccessDeniedException denied) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.FORBIDDEN)
				.message(denied.getMessage())
				.build();
		}
		log.error("GraphQL request failed at " + env.getExecutionStepInfo().getPath(), ex);
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("Internal error; it has been logged.")
			.build();
	}

}
