package org.pairingatlas.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import graphql.introspection.Introspection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pairingatlas.GraphQlPosts;
import org.pairingatlas.GraphQlTestSupport;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the production profile nobody browses the schema: introspection is refused,
 * GraphiQL is not served, and misspellings still get no suggestions. Its own application
 * context, on the suite's Neo4j.
 */
@ActiveProfiles("production")
// The profile's other two settings cannot hold in a test JVM: Vaadin's production mode
// needs the frontend bundle that only `-Pproduction` builds, and ECS console logging is
// kept as a system property that would turn the log lines of every later context into
// JSON (OperationsIT reads them as text). The GraphQL settings come from the profile.
@TestPropertySource(properties = { "vaadin.productionMode=false", "logging.structured.format.console=" })
class ProductionProfileIT extends GraphQlTestSupport {

	private static final String READ = bearer(READ_TOKEN);

	/**
	 * Spring Boot turns introspection off for the whole JVM, not for this context: turn
	 * it back on for the test classes that run after this one.
	 */
	@AfterAll
	static void introspectionBackOn() {
		Introspection.enabledJvmWide(true);
	}

	@Test
	void introspection_is_refused_while_queries_still_answer() {
		for (String query : java.util.List.of("{ __schema { types { name } } }",
				"{ __type(name: \"Pairing\") { fields { name } } }")) {
			GraphQlPosts.Answer answer = GraphQlPosts.post(READ, query, Map.of(), this.port);
			assertThat(answer.messages()).as(query).isNotEmpty();
			assertThat(answer.hasNoData()).as(query).isTrue();
			assertThat(answer.text()).as(query).doesNotContain("PairingConnection", "supporter");
		}
		// The refusals are the profile's doing, not a broken application.
		GraphQlPosts.Answer programmes = GraphQlPosts.post(READ, "{ __typename programmes { key } }", Map.of(),
				this.port);
		assertThat(programmes.messages()).isEmpty();
		assertThat(programmes.data("__typename").asString()).isEqualTo("Query");
		assertThat(programmes.data("programmes").valueStream().map((p) -> p.path("key").asString())).contains("jing-e");
	}

	@Test
	void graphiql_is_not_served() throws Exception {
		// Served, /graphiql redirects to ?path=/graphql, which answers the GraphiQL page.
		// Unserved, the path falls through to Vaadin, which answers any unknown path
		// with its own page (200), not with 404.
		for (String path : java.util.List.of("/graphiql", "/graphiql?path=/graphql")) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Authorization", READ)
					.GET()
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode() / 100).as(path + " status class").isNotEqualTo(3);
			assertThat(response.body()).as(path).doesNotContain("GraphiQL");
		}
	}

	@Test
	void misspelt_fields_arguments_enum_values_and_types_get_no_suggestions_either() {
		GraphQlAttacksIT.assertNoSuggestions(this.port);
	}

}
