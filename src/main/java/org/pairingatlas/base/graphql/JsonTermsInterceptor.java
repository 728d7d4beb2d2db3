package org.pairingatlas.base.graphql;

import java.util.List;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Rewrites graphql-java's messages about variables of the wrong type so that they name
 * what the caller sent in JSON terms instead of Java classes.
 */
@Component
class JsonTermsInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			List<GraphQLError> errors = response.getExecutionResult().getErrors();
			if (errors.stream().noneMatch((error) -> changed(error.getMessage()))) {
				return response;
			}
			List<GraphQLError> rewritten = errors.stream()
				.map((error) -> changed(error.getMessage()) ? GraphqlErrorBuilder.newError()
					.message(JsonKinds.inJsonTerms(error.getMessage()))
					.locations(error.getLocations())
					.path(error.getPath())
					.errorType(error.getErrorType())
					.extensions(error.getExtensions())
					.build() : error)
				.toList();
			return response.transform((builder) -> builder.errors(rewritten));
		});
	}

	private static boolean changed(String message) {
		return message != null && !JsonKinds.inJsonTerms(message).equals(message);
	}

}
