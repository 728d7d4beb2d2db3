package org.pairingatlas;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests past a limit are refused with an error naming the limit: depth, cost, aliases
 * and size.
 */
class GraphQlLimitsIT extends GraphQlTestSupport {

	@Test
	void a_query_deeper_than_the_limit_is_refused() {
		String deep = "{ region(code: \"420324001\") { " + "parent { ".repeat(12) + "code" + " }".repeat(12) + " } }";
		this.graphQl.document(deep)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors)
				.anySatisfy((e) -> assertThat(e.getMessage()).contains("deeper than the limit")));
	}

	@Test
	void a_query_as_deep_as_the_limit_is_answered_and_one_level_deeper_is_refused_naming_its_depth() {
		// The root field is the first level and the field read last the deepest: 12
		// levels
		// are the root, ten parents and the code.
		this.graphQl.document(regionWithParents("420324", 10))
			.execute()
			.errors()
			.verify()
			.path("region.parent.parent")
			.hasValue()
			.path("region.parent.parent.parent")
			.valueIsNull();
		this.graphQl.document(regionWithParents("420324001", 11))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((e) -> assertThat(e.getMessage())
					.isEqualTo("query is 13 levels deep, deeper than the limit of 12 levels")));
	}

	private static String regionWithParents(String code, int parents) {
		return "{ region(code: \"" + code + "\") { " + "parent { ".repeat(parents) + "code" + " }".repeat(parents)
				+ " } }";
	}

	@Test
	void an_alias_flood_is_refused() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 40; i++) {
			query.append(" a").append(i).append(": programmes { key }");
		}
		this.graphQl.document(query.append(" }").toString())
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors)
				.anySatisfy((e) -> assertThat(e.getMessage()).contains("40 aliases")));
	}

	@Test
	void nested_large_pages_cost_more_than_the_limit() {
		String costly = """
				{ pairings(first: 100) { edges { node {
				    supporter { ... on Region { pairings { recipient { ... on Region { children { children { name } } } } } } }
				} } } }
				""";
		this.graphQl.document(costly)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors)
				.anySatisfy((e) -> assertThat(e.getMessage()).contains("more than the limit")));
	}

	@Test
	void an_oversized_request_is_refused_with_413() throws Exception {
		String body = "{\"query\":\"{ programmes { key } }\",\"variables\":{\"pad\":\"" + "x".repeat(70_000) + "\"}}";
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("larger than the limit");
	}

}
