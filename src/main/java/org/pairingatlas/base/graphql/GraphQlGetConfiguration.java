package org.pairingatlas.base.graphql;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphQL over HTTP GET for queries, as the GraphQL-over-HTTP specification allows:
 * {@code query}, {@code variables} (JSON) and {@code operationName} as URL parameters.
 * Mutations are refused with 405 and must be POSTed. Switch off with
 * {@code pairing-atlas.graphql.http-get=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "pairing-atlas.graphql.http-get", havingValue = "true", matchIfMissing = true)
class GraphQlGetConfiguration {

	private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	@Bean
	@Order(0)
	RouterFunction<ServerResponse> graphQlGet(WebGraphQlHandler handler) {
		JsonMapper json = JsonMapper.builder().build();
		return RouterFunctions.route().GET("/graphql", (request) -> handle(request, handler, json)).build();
	}

	private static ServerResponse handle(ServerRequest request, WebGraphQlHandler handler, JsonMapper json) {
		String query = request.param("query").orElse(null);
		if (query == null || query.isBlank()) {
			return error(HttpStatus.BAD_REQUEST, "a GET request needs the URL parameter query");
		}
		Map<String, Object> variables;
		try {
			variables = variables(json, request.param("variables").orElse(null));
		}
		catch (JacksonException ex) {
			return error(HttpStatus.BAD_REQUEST, "the URL parameter variables is not a JSON object");
		}
		String operationName = request.param("operationName").orElse(null);
		try {
			if (isMutation(Parser.parse(query), operationName)) {
				return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
					.header(HttpHeaders.ALLOW, "POST")
					.contentType(GRAPHQL_RESPONSE)
					.body(Map.of("errors", java.util.List.of(Map.of("message", "mutations must be sent with POST"))));
			}
		}
		catch (InvalidSyntaxException ex) {
			return error(HttpStatus.BAD_REQUEST, "the query is not valid GraphQL: " + ex.getMessage());
		}
		Map<String, Object> body = new HashMap<>();
		body.put("query", query);
		body.put("variables", variables);
		if (operationName != null) {
			body.put("operationName", operationName);
		}
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(), null,
				request.remoteAddress().orElse(null), request.attributes(), body, UUID.randomUUID().toString(),
				request.servletRequest().getLocale());
		var response = handler.handleRequest(graphQlRequest).block();
		HttpStatus status = (response != null && response.isValid()) ? HttpStatus.OK : HttpStatus.BAD_REQUEST;
		return ServerResponse.status(status)
			.contentType(GRAPHQL_RESPONSE)
			.body((response != null) ? response.toMap() : Map.of());
	}

	private static Map<String, Object> variables(JsonMapper json, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return Map.of();
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> parsed = json.readValue(text, Map.class);
		return parsed;
	}

	private static boolean isMutation(Document document, @Nullable String operationName) {
		return document.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.filter((operation) -> operationName == null || operationName.equals(operation.getName()))
			.anyMatch((operation) -> operation.getOperation() == OperationDefinition.Operation.MUTATION);
	}

	private static ServerResponse error(HttpStatus status, String message) {
		return ServerResponse.status(status)
			.contentType(GRAPHQL_RESPONSE)
			.body(Map.of("errors", java.util.List.of(Map.of("message", message))));
	}

}
