package org.pairingatlas;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL over HTTP as the specification says: POST with JSON, GET for queries, mutations
 * only by POST, and the graphql-response media type.
 */
class GraphQlOverHttpIT extends GraphQlTestSupport {

	private HttpResponse<String> get(String query) throws Exception {
		String url = "http://localhost:" + this.port + "/graphql?query="
				+ URLEncoder.encode(query, StandardCharsets.UTF_8);
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url))
				.header("Authorization", "Bearer " + READ_TOKEN)
				.header("Accept", "application/graphql-response+json")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void a_query_can_be_sent_with_get() throws Exception {
		HttpResponse<String> response = get("{ region(code: \"420324\") { name } }");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/graphql-response+json"));
		assertThat(response.body()).contains("竹溪县");
	}

	@Test
	void a_mutation_sent_with_get_is_refused_with_405() throws Exception {
		HttpResponse<String> response = get(
				"mutation { attachSource(id: \"420324\", source: {document: \"D001\", excerpt: \"竹溪\"}) { errors { code } } }");
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
	}

	@Test
	void a_get_without_a_query_is_a_bad_request() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Authorization", "Bearer " + READ_TOKEN)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
	}

	@Test
	void a_post_answers_in_the_graphql_response_media_type() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Authorization", "Bearer " + READ_TOKEN)
				.header("Content-Type", "application/json")
				.header("Accept", "application/graphql-response+json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ programmes { key } }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/graphql-response+json"));
	}

}
