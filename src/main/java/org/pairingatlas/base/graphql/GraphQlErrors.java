package org.pairingatlas.base.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.pairingatlas.base.web.RequestIdFilter;
import org.slf4j.MDC;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

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

	/** Failures that are neither the caller's fault nor a bug, and pass. */
	enum Classification implements ErrorClassification {

		/** Neo4j cannot be reached; the request did nothing. */
		DATABASE_UNAVAILABLE,

		/** A concurrent transaction got in the way; the request did nothing. */
		RETRY

	}

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
		if (causedBy(ex, ServiceUnavailableException.class, SessionExpiredException.class,
				DataAccessResourceFailureException.class)) {
			// An outage, not a bug: one line in the log, and the caller learns to try
			// later.
			log.warn("Neo4j cannot be reached at " + env.getExecutionStepInfo().getPath() + ": " + ex.getMessage());
			return GraphqlErrorBuilder.newError(env)
				.errorType(Classification.DATABASE_UNAVAILABLE)
				.message("the database cannot be reached just now; nothing was written; try again shortly")
				.build();
		}
		if (causedBy(ex, TransientException.class, TransientDataAccessException.class,
				ConcurrencyFailureException.class) || terminated(ex)) {
			log.info("Neo4j asked to retry at " + env.getExecutionStepInfo().getPath() + ": " + ex.getMessage());
			return GraphqlErrorBuilder.newError(env)
				.errorType(Classification.RETRY)
				.message("a concurrent edit got in the way; nothing was written; send the request again")
				.build();
		}
		log.error("GraphQL request failed at " + env.getExecutionStepInfo().getPath(), ex);
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("Internal error; it has been logged with request id " + MDC.get(RequestIdFilter.MDC_KEY))
			.build();
	}

	/**
	 * Whether Neo4j ended the transaction before it committed: it waited for locks longer
	 * than the transaction timeout while many edits queued for the same node.
	 */
	private static boolean terminated(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null
					&& (neo4j.code().endsWith("Transaction.Terminated")
							|| neo4j.code().contains("Transaction.TransactionTimedOut")
							|| neo4j.code().endsWith("LockClientStopped"))) {
				return true;
			}
		}
		return false;
	}

	@SafeVarargs
	private static boolean causedBy(Throwable ex, Class<? extends Throwable>... kinds) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			for (Class<? extends Throwable> kind : kinds) {
				if (kind.isInstance(cause)) {
					return true;
				}
			}
		}
		return false;
	}

}
