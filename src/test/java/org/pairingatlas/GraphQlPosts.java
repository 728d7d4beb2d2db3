package org.pairingatlas;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP as a partner's client sends it: a POST with a bearer token or HTTP
 * Basic ({@link Neo4jTestSupport#bearer}, {@link Neo4jTestSupport#basic}), answered in
 * plain JSON so that refusals keep their status.
 */
public final class GraphQlPosts {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private GraphQlPosts() {
	}

	/** Posts a body as it is, answered in plain JSON so refusals keep their status. */
	public static Answer post(String authorization, String body, int port) {
		try {
			HttpResponse<String> response = HTTP
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
					.header("Authorization", authorization)
					.header("Content-Type", "application/json")
					.header("Accept", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode parsed = response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
			return new Answer(response.statusCode(), parsed, response.body());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Whether the text names the word as a whole (a key or a name), not as part of a
	 * longer one.
	 */
	public static boolean mentions(CharSequence text, String word) {
		return Pattern.compile("(?<![\\w-])" + Pattern.quote(word) + "(?![\\w-])").matcher(text).find();
	}

	/** A GraphQL answer as sent. */
	public record Answer(int status, JsonNode body, String text) {

		public JsonNode data(String field) {
			return this.body.path("data").path(field);
		}

		public List<String> messages() {
			return this.body.path("errors").valueStream().map((e) -> e.path("message").asString()).toList();
		}

		/** Whether nothing was answered: no data, or only nulls at the top. */
		public boolean hasNoData() {
			JsonNode data = this.body.path("data");
			return data.isMissingNode() || data.isNull() || data.valueStream().allMatch(JsonNode::isNull);
		}

	}

	/** Posts a query with its variables. */
	public static Answer post(String authorization, String query, Map<String, Object> variables, int port) {
		return post(authorization, JSON.writeValueAsString(Map.of("query", query, "variables", variables)), port);
	}

}
