package org.pairingatlas.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.pairingatlas.GraphQlPosts;
import org.pairingatlas.GraphQlPosts.Answer;
import org.pairingatlas.GraphQlTestSupport;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.base.graphql.Cursors;
import org.pairingatlas.base.graphql.GraphQlLimitsProperties;
import org.pairingatlas.base.graphql.Page;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pairingatlas.GraphQlPosts.JSON;
import static org.pairingatlas.GraphQlPosts.mentions;

/**
 * The attacks of the OWASP GraphQL cheat sheet, each refused within the limits: deep and
 * cyclic fragments, alias, duplicate-field and batch floods, huge pages, expensive
 * traversals and cost tricks, field suggestions, and tokens usable from the
 * configuration. {@link HiddenFactsIT} covers inference of hidden facts;
 * {@link ProductionProfileIT} covers introspection and GraphiQL where they are off.
 */
class GraphQlAttacksIT extends GraphQlTestSupport {

	/** A township without units below: nested lists under it cost nothing to answer. */
	private static final String TOWNSHIP = "420324100";

	/** NetworkQuery's bounds, which the schema does not state. */
	private static final int MAX_DEPTH = 4;

	private static final int MAX_NODES = 5000;

	private static final int MAX_PATH = 10;

	private static final int MAX_PATHS = 20;

	/** TextSearch's own cap on {@code search(first:)}; every connection has Page's. */
	private static final Map<String, Integer> LARGEST_PAGE = Map.of("search", 50);

	/**
	 * Misspelt documents and the names an answer to them must not give away: each is the
	 * name the caller probably meant.
	 */
	static final Map<String, List<String>> MISSPELT = Map.ofEntries(
			Map.entry("{ programms { key } }", List.of("programmes", "programme")),
			Map.entry("{ programmes { nme } }", List.of("name", "nameEn")),
			Map.entry("{ pairings(frist: 2) { totalCount } }", List.of("first")),
			Map.entry("{ pairings(sort: SUPORTER) { totalCount } }", List.of("SUPPORTER", "RECIPIENT", "START_DATE")),
			Map.entry("{ pairings(filter: {confirmd: true}) { totalCount } }", List.of("confirmed")),
			Map.entry("{ node(id: \"x\") { ... on Pairng { key } } }", List.of("Pairing")));

	@Autowired
	Driver driver;

	@Autowired
	AccessProperties access;

	@Autowired
	GraphQlLimitsProperties limits;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	ConfigurableEnvironment environment;

	@Test
	void a_query_made_deep_by_fragments_spreading_into_each_other_is_refused() {
		int levels = this.limits.maxDepth() + 2;
		StringBuilder document = new StringBuilder("{ region(code: \"" + TOWNSHIP + "\") { ...Up0 } }\n");
		for (int i = 0; i < levels; i++) {
			String inner = (i + 1 < levels) ? "...Up" + (i + 1) : "code";
			document.append("fragment Up" + i + " on Region { parent { " + inner + " } }\n");
		}
		Answer answer = post(bearer(READ_TOKEN), document.toString());
		assertThat(answer.messages())
			.anySatisfy((m) -> assertThat(m).contains("deeper than the limit of " + this.limits.maxDepth()));
		assertThat(answer.hasNoData()).isTrue();
	}

	@Test
	void a_fragment_cycle_is_refused_before_anything_runs() {
		Answer answer = post(bearer(READ_TOKEN), """
				{ region(code: "420324") { ...A } }
				fragment A on Region { children { ...B } }
				fragment B on Region { parent { ...A } }
				""");
		assertThat(answer.messages()).anySatisfy((m) -> assertThat(m).containsIgnoringCase("cycle"));
		assertThat(answer.hasNoData()).isTrue();
	}

	@Test
	void aliases_spread_over_several_fragments_count_against_the_alias_limit() {
		int fragments = 5;
		int each = this.limits.maxAliases() / fragments + 2;
		StringBuilder spreads = new StringBuilder("{");
		StringBuilder definitions = new StringBuilder();
		for (int f = 0; f < fragments; f++) {
			spreads.append(" ...P" + f);
			definitions.append("fragment P" + f + " on Query {");
			for (int i = 0; i < each; i++) {
				definitions.append(" f" + f + "a" + i + ": programmes { key }");
			}
			definitions.append(" }\n");
		}
		Answer answer = post(bearer(READ_TOKEN), spreads + " }\n" + definitions);
		assertThat(answer.messages()).anySatisfy((m) -> assertThat(m).contains(fragments * each + " aliases")
			.contains("limit of " + this.limits.maxAliases()));
		assertThat(answer.hasNoData()).isTrue();
	}

	@Test
	void aliases_spread_through_one_fragment_into_several_lists_cost_every_copy() {
		// Twenty aliases stay under the alias limit; spread four times, under lists, they
		// run some eighty times. Written out, the same query costs about 53,000.
		StringBuilder fragment = new StringBuilder("fragment R on Region {");
		for (int i = 0; i < 20; i++) {
			fragment.append(" p" + i + ": pairings { recipient { ... on Region { children { name } } } }");
		}
		String document = "{ region(code: \"" + TOWNSHIP
				+ "\") { ...R parent { ...R } children { ...R } ancestors { ...R } } }\n" + fragment + " }";
		assertRefusedForCost(post(bearer(READ_TOKEN), document));
	}

	@Test
	void a_field_repeated_a_thousand_times_is_answered_once() {
		String repeated = "{ programmes { " + "key ".repeat(1000) + "} }";
		assertThat(repeated.getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(this.limits.maxRequestBytes());
		Answer flood = post(bearer(READ_TOKEN), repeated);
		Answer once = post(bearer(READ_TOKEN), "{ programmes { key } }");
		assertThat(flood.messages()).isEmpty();
		// graphql-java merges identical fields: the answer is exactly the single field's.
		assertThat(flood.body().path("data")).isEqualTo(once.body().path("data"));
		assertThat(flood.text()).hasSameSizeAs(once.text());
	}

	@Test
	void a_batch_of_a_hundred_operations_in_one_post_is_refused_and_none_runs() {
		String mutation = """
				mutation($input: CreatePairingInput!) { createPairing(input: $input) { pairing { key } errors { code } } }""";
		Map<String, Object> input = new HashMap<>();
		input.put("programme", "jing-e");
		input.put("level", "township");
		input.put("kind", "relatives");
		input.put("supporter", "110118100");
		input.put("recipient", "420324109");
		input.put("startDate", "2026-11");
		input.put("source", Map.of("document", "D001", "excerpt", "134个乡镇、社区结为“亲戚”"));
		List<Map<String, Object>> batch = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			batch.add(Map.of("query", mutation, "variables", Map.of("input", input)));
		}
		long auditEntries = count("MATCH (a:AuditEntry) RETURN count(a) AS n");
		Answer answer = GraphQlPosts.post(basic(COORDINATOR), JSON.writeValueAsString(batch), this.port);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(count("MATCH (a:AuditEntry) RETURN count(a) AS n")).isEqualTo(auditEntries);
		assertThat(count("""
				MATCH (:Region {key: '110118100'})<-[:SUPPORTER]-(p:Pairing)-[:RECIPIENT]->(:Region {key: '420324109'})
				RETURN count(p) AS n""")).isZero();
	}

	@Test
	void huge_and_negative_page_sizes_are_refused_on_every_paged_list_naming_the_argument_and_the_largest_page() {
		List<GraphQLFieldDefinition> paged = this.graphQlSource.schema()
			.getQueryType()
			.getFieldDefinitions()
			.stream()
			.filter((field) -> field.getArgument("first") != null)
			.toList();
		assertThat(paged).extracting(GraphQLFieldDefinition::getName)
			.contains("pairings", "projects", "organisations", "regions", "auditLog", "search");
		for (GraphQLFieldDefinition field : paged) {
			int largest = LARGEST_PAGE.getOrDefault(field.getName(), Page.MAX_SIZE);
			for (String size : List.of("first: 1000000", "first: -1",
					"last: 1000000, before: \"" + Cursors.encode(5) + "\"",
					"last: -1, before: \"" + Cursors.encode(5) + "\"")) {
				String argument = size.substring(0, size.indexOf(':'));
				if (field.getArgument(argument) == null) {
					continue;
				}
				String query = "{ " + field.getName() + "(" + requiredArguments(field) + size + ") { __typename } }";
				Answer answer = post(bearer(READ_TOKEN), query);
				assertThat(answer.messages()).as(query)
					.anySatisfy((m) -> assertThat(m).contains(argument).contains(String.valueOf(largest)));
				assertThat(answer.hasNoData()).as(query).isTrue();
			}
		}
	}

	@Test
	void pages_taken_from_the_end_cost_as_much_as_pages_from_the_start() {
		// GraphQlLimitsIT shows this query refused with first: 100; last: 100 fetches as
		// many.
		String costly = """
				{ pairings(last: 100, before: "%s") { edges { node {
				    supporter { ... on Region { pairings { recipient { ... on Region { children { children { name } } } } } } }
				} } } }
				"""
			.formatted(Cursors.encode(Page.MAX_SIZE));
		assertRefusedForCost(post(bearer(READ_TOKEN), costly));
	}

	@Test
	void the_largest_neighbourhood_and_path_search_allowed_are_answered_within_their_bounds() {
		long start = System.nanoTime();
		Answer neighbourhood = post(bearer(READ_TOKEN), """
				{ neighbourhood(id: "420300", depth: %d, limit: %d) { truncated nodes { id } edges { source target } } }
				""".formatted(MAX_DEPTH, MAX_NODES));
		Answer paths = post(bearer(READ_TOKEN), """
				{ shortestPaths(from: "110118100", to: "330324", maxLength: %d, paths: %d) { nodes { id } } }
				""".formatted(MAX_PATH, MAX_PATHS));
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(neighbourhood.messages()).isEmpty();
		JsonNode subgraph = neighbourhood.body().path("data").path("neighbourhood");
		Set<String> nodes = subgraph.path("nodes")
			.valueStream()
			.map((n) -> n.path("id").asString())
			.collect(Collectors.toSet());
		assertThat(nodes).isNotEmpty().hasSizeLessThanOrEqualTo(MAX_NODES);
		assertThat(subgraph.path("edges").valueStream())
			.allSatisfy((e) -> assertThat(nodes).contains(e.path("source").asString(), e.path("target").asString()));
		assertThat(paths.messages()).isEmpty();
		JsonNode found = paths.body().path("data").path("shortestPaths");
		assertThat(found.size()).isLessThanOrEqualTo(MAX_PATHS);
		assertThat(found.valueStream())
			.allSatisfy((p) -> assertThat(p.path("nodes").size()).isLessThanOrEqualTo(MAX_PATH + 1));
		assertThat(took).isLessThan(this.limits.timeout());
	}

	@Test
	void neighbourhoods_and_paths_beyond_their_bounds_are_refused_naming_the_argument() {
		Map<String, String> beyond = new LinkedHashMap<>();
		for (int depth : List.of(MAX_DEPTH + 1, 0, Integer.MAX_VALUE)) {
			beyond.put("{ neighbourhood(id: \"420300\", depth: " + depth + ") { truncated } }", "depth|" + MAX_DEPTH);
		}
		for (int limit : List.of(MAX_NODES + 1, 0, -1)) {
			beyond.put("{ neighbourhood(id: \"420300\", limit: " + limit + ") { truncated } }", "limit|" + MAX_NODES);
		}
		for (int length : List.of(MAX_PATH + 1, 0, Integer.MAX_VALUE)) {
			beyond.put(
					"{ shortestPaths(from: \"110118100\", to: \"330324\", maxLength: " + length + ") { truncated } }",
					"maxLength|" + MAX_PATH);
		}
		for (int paths : List.of(MAX_PATHS + 1, 0)) {
			beyond.put("{ shortestPaths(from: \"110118100\", to: \"330324\", paths: " + paths + ") { truncated } }",
					"paths|" + MAX_PATHS);
		}
		beyond.forEach((query, named) -> {
			String[] argumentAndBound = named.split("\\|");
			Answer answer = post(bearer(READ_TOKEN), query);
			assertThat(answer.messages()).as(query)
				.anySatisfy((m) -> assertThat(m).startsWith(argumentAndBound[0] + " ").contains(argumentAndBound[1]));
			assertThat(answer.hasNoData()).as(query).isTrue();
		});
	}

	@Test
	void a_huge_node_limit_does_not_cancel_the_cost_of_the_rest_of_the_query() {
		// Alone, the region part costs 111,112: a node limit near the largest Int must
		// not wrap the sum below the limit and let it run.
		String query = "{ neighbourhood(id: \"420324\", limit: " + Integer.MAX_VALUE + ") { truncated } region(code: \""
				+ TOWNSHIP + "\") { " + nested("children", 5, "name") + " } }";
		assertRefusedForCost(post(bearer(READ_TOKEN), query));
	}

	@Test
	void a_query_whose_cost_passes_the_largest_int_is_still_refused() {
		// Ten nested lists within the depth limit cost about 11 billion, which an int
		// holds as a negative number.
		String query = "{ region(code: \"" + TOWNSHIP + "\") { " + nested("children", 10, "name") + " } }";
		assertRefusedForCost(post(bearer(READ_TOKEN), query));
	}

	@Test
	void misspelt_fields_arguments_enum_values_and_types_get_no_suggestions() {
		assertNoSuggestions(this.port);
	}

	@Test
	void configured_tokens_are_sha256_hashes_and_a_hash_is_not_a_token() {
		List<String> plain = List.of(READ_TOKEN, EXPIRED_TOKEN, REVOKED_TOKEN, UNCONFIRMED_TOKEN);
		assertThat(this.access.tokens()).isNotEmpty()
			.allSatisfy((token) -> assertThat(token.sha256()).matches("[0-9a-fA-F]{64}"));
		assertThat(this.access.tokens()).extracting(AccessProperties.Token::sha256)
			.containsAll(plain.stream().map(Neo4jTestSupport::sha256).toList());
		for (PropertySource<?> source : this.environment.getPropertySources()) {
			if (source instanceof EnumerablePropertySource<?> enumerable) {
				for (String name : enumerable.getPropertyNames()) {
					String value = String.valueOf(enumerable.getProperty(name));
					assertThat(plain).as(source.getName() + " " + name).noneMatch(value::contains);
				}
			}
		}
		// Someone who reads the configuration gets hashes, which sign nobody in.
		assertThat(post(bearer(sha256(READ_TOKEN)), "{ programmes { key } }").status()).isEqualTo(401);
		assertThat(post(bearer(sha256(READ_TOKEN).toUpperCase()), "{ programmes { key } }").status()).isEqualTo(401);
	}

	/** Every misspelt document is refused without naming what the caller meant. */
	static void assertNoSuggestions(int port) {
		MISSPELT.forEach((query, meant) -> {
			Answer answer = GraphQlPosts.post(bearer(READ_TOKEN), JSON.writeValueAsString(Map.of("query", query)),
					port);
			assertThat(answer.messages()).as(query).isNotEmpty();
			assertThat(answer.hasNoData()).as(query).isTrue();
			assertThat(answer.text()).as(query).doesNotContainIgnoringCase("did you mean");
			for (String name : meant) {
				assertThat(mentions(answer.text(), name)).as(query + " names " + name).isFalse();
			}
		});
	}

	private void assertRefusedForCost(Answer answer) {
		assertThat(answer.messages())
			.anySatisfy((m) -> assertThat(m).contains("more than the limit of " + this.limits.maxComplexity()));
		assertThat(answer.hasNoData()).isTrue();
	}

	private static String nested(String list, int levels, String leaf) {
		return (list + " { ").repeat(levels) + leaf + " }".repeat(levels);
	}

	/** Values for a field's required arguments, so that only the page size is wrong. */
	private static String requiredArguments(GraphQLFieldDefinition field) {
		StringBuilder arguments = new StringBuilder();
		for (GraphQLArgument argument : field.getArguments()) {
			if (argument.getType() instanceof GraphQLNonNull && !argument.hasSetDefaultValue()) {
				arguments.append(argument.getName()).append(": \"shiyan\", ");
			}
		}
		return arguments.toString();
	}

	private long count(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().getFirst().get("n").asLong();
	}

	private Answer post(String authorization, String query) {
		return post(authorization, query, Map.of());
	}

	private Answer post(String authorization, String query, Map<String, Object> variables) {
		return GraphQlPosts.post(authorization, query, variables, this.port);
	}

}
