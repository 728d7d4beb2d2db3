package org.pairingatlas.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pairingatlas.GraphQlPosts;
import org.pairingatlas.GraphQlTestSupport;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caller who may not edit learns nothing from an edit's refusal: every mutation, asked
 * by every kind of reader about a hidden (unconfirmed) fact, answers exactly as it does
 * for an id nothing has, and the answer names neither the fact nor its version.
 */
class HiddenFactEditsIT extends GraphQlTestSupport {

	/** The seed's one pairing the sources only suggest. */
	private static final String HIDDEN = "pair-changping-luanchuan";

	private static final String MISSING = "pair-nothing-has-this-id";

	private static final Map<String, Object> SOURCE = Map.of("document", "D001", "excerpt", "134个乡镇、社区结为“亲戚”");

	/**
	 * Each mutation with its variables, naming the id under test where a fact is named.
	 */
	static List<Arguments> mutations() {
		return List.of(
				Arguments.of("createPairing",
						(Function<String, Map<String, Object>>) (id) -> Map.of("input",
								Map.of("programme", "jing-yu", "level", "county", "kind", "district-county",
										"supporter", id, "recipient", "420324", "source", SOURCE))),
				Arguments.of("updatePairing",
						(Function<String, Map<String, Object>>) (id) -> Map.of("input",
								Map.of("id", id, "expectedVersion", 1, "note", "x"))),
				Arguments.of("endPairing",
						(Function<String, Map<String, Object>>) (id) -> Map.of("input",
								Map.of("id", id, "expectedVersion", 0, "endDate", "2025-12-31", "source", SOURCE))),
				Arguments.of("recordProject",
						(Function<String, Map<String, Object>>) (id) -> Map.of("input",
								Map.of("name", "项目", "programme", "jing-e", "region", id, "source", SOURCE))),
				Arguments.of("updateProject",
						(Function<String, Map<String, Object>>) (id) -> Map.of("input",
								Map.of("id", id, "expectedVersion", 0, "name", "x"))),
				Arguments.of("recordFundTransfer",
						(Function<String, Map<String, Object>>) (id) -> Map.of("input",
								Map.of("programme", "jing-e", "from", id, "to", "420324", "amount", "1", "source",
										SOURCE))),
				Arguments.of("recordExchange",
						(Function<String, Map<String, Object>>) (id) -> Map.of("input",
								Map.of("programme", "jing-e", "kind", "training", "from", id, "unit", "person", "count",
										"1", "source", SOURCE))),
				Arguments.of("recordMeasurement",
						(Function<String, Map<String, Object>>) (id) -> Map.of("input",
								Map.of("target", id, "value", "1", "asOf", "2025-12-31", "source", SOURCE))),
				Arguments.of("attachSource",
						(Function<String, Map<String, Object>>) (id) -> Map.of("id", id, "source", SOURCE)),
				Arguments.of("createOrganisation",
						(Function<String, Map<String, Object>>) (id) -> Map.of("input",
								Map.of("name", "医院", "kind", "hospital", "region", id, "source", SOURCE))),
				Arguments.of("updateOrganisation",
						(Function<String, Map<String, Object>>) (id) -> Map.of("input",
								Map.of("id", id, "expectedVersion", 1, "name", "x"))),
				Arguments.of("endOrganisation", (Function<String, Map<String, Object>>) (id) -> Map.of("input",
						Map.of("id", id, "expectedVersion", 1, "endDate", "2025", "source", SOURCE))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mutations")
	void a_reader_is_refused_alike_for_a_hidden_fact_and_a_missing_one(String mutation,
			Function<String, Map<String, Object>> variables) {
		for (String reader : List.of(bearer(READ_TOKEN), bearer(UNCONFIRMED_TOKEN))) {
			JsonNode hidden = answer(reader, mutation, variables.apply(HIDDEN));
			JsonNode missing = answer(reader, mutation, variables.apply(MISSING));
			assertThat(hidden).as(mutation + " about a hidden fact").isEqualTo(missing);
			assertThat(hidden.at("/" + mutation + "/errors/0/code").asString()).isEqualTo("FORBIDDEN");
			assertThat(hidden.toString()).doesNotContain(HIDDEN).doesNotContainIgnoringCase("version");
		}
	}

	private JsonNode answer(String authorization, String mutation, Map<String, Object> variables) {
		GraphQlPosts.Answer answer = GraphQlPosts.post(authorization, document(mutation), new HashMap<>(variables),
				this.port);
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		assertThat(answer.body().path("errors").isMissingNode()).as(answer.text()).isTrue();
		return answer.body().path("data");
	}

	private static String document(String name) {
		try {
			return new ClassPathResource("graphql-test/" + name + ".graphql")
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
