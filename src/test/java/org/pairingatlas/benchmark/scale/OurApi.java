package org.pairingatlas.benchmark.scale;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Asks a question of the application under test the way a partner system does: reads with
 * the read token, writes as the coordinator.
 */
final class OurApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private OurApi() {
	}

	static Load.Call call(HttpClient http, Question question) {
		String body = JSON.writeValueAsString(Map.of("query", question.graphQl()));
		String authorization = question.writes() ? "Basic " + Base64.getEncoder()
			.encodeToString(
					(AtlasUnderTest.COORDINATOR + ":" + AtlasUnderTest.PASSWORD).getBytes(StandardCharsets.UTF_8))
				: "Bearer " + AtlasUnderTest.READ_TOKEN;
		return post(http, "http://127.0.0.1:" + AtlasUnderTest.HTTP_PORT + "/graphql", body, authorization);
	}

	/** A GraphQL POST; an error status or an {@code errors} entry fails the call. */
	static Load.Call post(HttpClient http, String url, String body, String authorization) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		HttpRequest request = builder.build();
		return () -> {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 || response.body().contains("\"message\"")
					|| !response.body().startsWith("{\"data\"")) {
				throw new IllegalStateException(response.statusCode() + " "
						+ response.body().substring(0, Math.min(300, response.body().length())));
			}
		};
	}

}
