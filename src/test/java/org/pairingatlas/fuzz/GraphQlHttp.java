package org.pairingatlas.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends GraphQL over HTTP as raw bytes, signed in as a coordinator, so a test sees the
 * real status and body and can put values of any JSON type into the variables.
 */
final class GraphQlHttp {

	/** The largest request the application reads (pairing-atlas.graphql.limits). */
	static final int LIMIT = 65_536;

	static final String JSON = "application/json";

	static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final URI uri;

	private final String authorization;

	/**
	 * @param authorization the Authorization header every request carries, such as
	 * {@link org.pairingatlas.Neo4jTestSupport#basic}'s
	 */
	GraphQlHttp(int port, String authorization) {
		this.uri = URI.create("http://localhost:" + port + "/graphql");
		this.authorization = authorization;
	}

	/** A request to the endpoint, signed in. */
	HttpRequest.Builder request() {
		return HttpRequest.newBuilder(this.uri)
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", this.authorization);
	}

	Reply post(byte[] body, String contentType, String accept) {
		return send(request().header("Content-Type", contentType)
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)), body.length);
	}

	/** Sends a request; a connection that fails is answered with status -1. */
	Reply send(HttpRequest.Builder request, int requestBytes) {
		try {
			HttpResponse<byte[]> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Reply(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), requestBytes);
		}
		catch (IOException ex) {
			return new Reply(-1, "no answer: " + ex, requestBytes);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The request body for a document of {@code src/test/resources/graphql-test/}. */
	static byte[] body(String operation, Map<String, Object> variables) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("query", document(operation));
		request.put("operationName", operation);
		request.put("variables", variables);
		return Json.write(request).getBytes(StandardCharsets.UTF_8);
	}

	static String document(String operation) {
		try (InputStream in = GraphQlHttp.class.getResourceAsStream("/graphql-test/" + operation + ".graphql")) {
			if (in == null) {
				throw new IllegalStateException("no document graphql-test/" + operation + ".graphql");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What came back.
	 *
	 * @param status the HTTP status, -1 if the connection failed
	 * @param body the answer as text
	 * @param requestBytes how large the request body was
	 */
	record Reply(int status, String body, int requestBytes) {

		/** The body parsed into maps and lists, or null if it is not JSON. */
		@Nullable Object json() {
			try {
				return this.body.isBlank() ? null : MAPPER.readValue(this.body, Object.class);
			}
			catch (JacksonException ex) {
				return null;
			}
		}

		/** The value at a path of object keys, or null. */
		@Nullable Object at(String... path) {
			Object value = json();
			for (String key : path) {
				value = (value instanceof Map<?, ?> map) ? map.get(key) : null;
			}
			return value;
		}

		String summary() {
			return "HTTP " + this.status + " " + Json.visible(this.body);
		}

	}

	static List<?> list(@Nullable Object value) {
		return (value instanceof List<?> list) ? list : List.of();
	}

}
