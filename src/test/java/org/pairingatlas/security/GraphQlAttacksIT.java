package org.pairingatlas.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.pairingatlas.GraphQlTestSupport;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.base.graphql.Cursors;
import org.pairingatlas.base.graphql.GraphQlLimitsProperties;
import org.pairingatlas.base.graphql.Page;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacks of the OWASP GraphQL cheat sheet, each refused within the limits: deep and
 * cyclic fragments, alias, duplicate-field and batch floods, huge pages, expensive
 * traversals and cost tricks, field suggestions, inference of hidden facts through
 * filters, counts and sort orders, and tokens usable from the configuration.
 * {@link ProductionProfileIT} covers introspection and GraphiQL where they are off.
 */
class GraphQlAttacksIT extends GraphQlTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

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
		Answer answer = post(basic(COORDINATOR), JSON.writeValueAsString(batch), this.port);
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
	void filters_naming_a_hidden_fact_answer_as_for_a_key_that_does_not_exist() {
		List<String> keyed = List.of("query($key: ID!) { node(id: $key) { id } }",
				"query($key: ID!) { pairing(id: $key) { key } }",
				"query($key: ID!) { organisation(key: $key) { key } }",
				"query($key: ID!) { neighbourhood(id: $key, depth: 2) { truncated nodes { id } edges { id } } }",
				"query($key: ID!) { shortestPaths(from: $key, to: \"420300\") { nodes { id } } }",
				"query($key: ID!) { projects(filter: {investor: $key}) { totalCount } }",
				"query($key: ID!) { funding(filter: {supporter: $key}) { total { projects totalInvestment } } }",
				"query($key: ID!) { auditLog(entity: $key) { totalCount } }",
				"query($key: ID!) { pairings(filter: {supporterRegion: $key}) { totalCount } }",
				"query($key: ID!) { pairings(filter: {recipientRegion: $key}) { totalCount } }");
		String unknown = "no-such-fact-for-attack-tests";
		Set<String> hidden = hidden();
		assertThat(hidden).isNotEmpty();
		for (String key : hidden) {
			for (String query : keyed) {
				Answer asHidden = post(bearer(READ_TOKEN), query, Map.of("key", key));
				Answer asUnknown = post(bearer(READ_TOKEN), query, Map.of("key", unknown));
				// Executed, not refused as invalid, so that equal answers mean something.
				assertThat(asUnknown.body().path("data").isObject()).as(query).isTrue();
				assertThat(asHidden.text().replace(key, unknown)).as(query + " with " + key)
					.isEqualTo(asUnknown.text());
			}
		}
	}

	@Test
	void a_public_reader_finds_no_trace_of_hidden_facts_in_what_surrounds_them() {
		Set<String> hidden = hidden();
		Set<String> probed = new LinkedHashSet<>();
		List<Probe> probes = new ArrayList<>();
		for (Record pairing : records("""
				MATCH (p:Pairing)-[:UNDER]->(g:Programme), (p)-[:SUPPORTER]->(s), (p)-[:RECIPIENT]->(r)
				WHERE p.key IN $hidden
				OPTIONAL MATCH (r)-[:PART_OF]->(up:Region)
				RETURN p.key AS key, g.key AS programme, s.key AS supporter, r.key AS recipient, up.key AS up,
				       r.level AS level
				""", Map.of("hidden", List.copyOf(hidden)))) {
			probed.add(pairing.get("key").asString());
			String supporter = pairing.get("supporter").asString();
			String recipient = pairing.get("recipient").asString();
			probes.add(new Probe("query($id: ID!) { neighbourhood(id: $id, depth: 2) { nodes { id } edges { id } } }",
					Map.of("id", supporter)));
			probes.add(new Probe(
					"query($a: ID!, $b: ID!) { shortestPaths(from: $a, to: $b) { nodes { id } edges { source target } } }",
					Map.of("a", supporter, "b", recipient)));
			probes.add(new Probe("query($key: ID!) { programme(key: $key) { pairings { key } } }",
					Map.of("key", pairing.get("programme").asString())));
			probes.add(new Probe(
					"query($a: ID!, $b: ID!) { a: region(code: $a) { pairings { key } } b: region(code: $b) { pairings { key } } }",
					Map.of("a", supporter, "b", recipient)));
			if (!pairing.get("up").isNull() && !pairing.get("level").isNull()) {
				probes.add(new Probe("""
						query($region: ID!, $level: String!) {
						  coverage(region: $region, level: $level) { paired { region { key } pairings { key } } }
						}""",
						Map.of("region", pairing.get("up").asString(), "level", pairing.get("level").asString())));
			}
		}
		for (Record organisation : records("""
				MATCH (o:Organisation) WHERE o.key IN $hidden
				OPTIONAL MATCH (o)-[:LOCATED_IN]->(place:Region)
				RETURN o.key AS key, o.name AS name, place.key AS place
				""", Map.of("hidden", List.copyOf(hidden)))) {
			probed.add(organisation.get("key").asString());
			probes.add(new Probe("query($text: String!) { search(text: $text, types: [ORGANISATION]) { node { id } } }",
					Map.of("text", organisation.get("name").asString())));
			if (!organisation.get("place").isNull()) {
				String place = organisation.get("place").asString();
				probes.add(new Probe("query($id: ID!) { neighbourhood(id: $id) { nodes { id } edges { id } } }",
						Map.of("id", place)));
				probes.add(new Probe(
						"query($id: ID!) { organisations(filter: {region: $id}, first: 100) { edges { node { key } } } }",
						Map.of("id", place)));
			}
		}
		StringBuilder seenByPublic = new StringBuilder();
		StringBuilder seenByResearcher = new StringBuilder();
		for (Probe probe : probes) {
			seenByPublic.append(read(bearer(READ_TOKEN), probe.query(), probe.variables()).text());
			seenByResearcher.append(read(bearer(UNCONFIRMED_TOKEN), probe.query(), probe.variables()).text());
		}
		// The researcher's answers prove the probes reach every hidden pairing and
		// organisation.
		assertThat(probed).isNotEmpty()
			.allSatisfy((key) -> assertThat(mentions(seenByResearcher, key)).as(key).isTrue());
		assertThat(hidden).allSatisfy((key) -> assertThat(mentions(seenByPublic, key)).as(key).isFalse());
	}

	@Test
	void counts_for_a_public_reader_leave_out_hidden_facts_even_where_they_are_all_there_is() {
		List<Record> candidates = records("""
				MATCH (r:Region)<-[:SUPPORTER|RECIPIENT]-(p:Pairing)
				WITH r, collect(p) AS pairings
				WHERE all(p IN pairings WHERE p.confirmed = false) AND NOT EXISTS {
				  MATCH (r)<-[:PART_OF|LOCATED_IN*0..6]-()<-[:SUPPORTER|RECIPIENT]-(q:Pairing) WHERE q.confirmed }
				OPTIONAL MATCH (r)-[:PART_OF]->(up:Region)
				RETURN r.key AS region, r.level AS level, up.key AS up ORDER BY region LIMIT 1
				""", Map.of());
		assertThat(candidates).as("a region whose only pairings are unconfirmed").isNotEmpty();
		Record only = candidates.getFirst();
		String region = only.get("region").asString();
		String connection = """
				query($filter: PairingFilter) {
				  pairings(filter: $filter) { totalCount pageInfo { hasNextPage } edges { node { key } } }
				}""";
		int researcherSees = 0;
		for (String role : List.of("supporterRegion", "recipientRegion")) {
			JsonNode pairings = read(bearer(READ_TOKEN), connection, Map.of("filter", Map.of(role, region)))
				.data("pairings");
			assertThat(pairings.path("totalCount").asInt()).as(role).isZero();
			assertThat(pairings.path("edges").size()).as(role).isZero();
			assertThat(pairings.path("pageInfo").path("hasNextPage").asBoolean()).as(role).isFalse();
			researcherSees += read(bearer(UNCONFIRMED_TOKEN), connection, Map.of("filter", Map.of(role, region)))
				.data("pairings")
				.path("totalCount")
				.asInt();
		}
		assertThat(researcherSees).isPositive();
		// Nor by complement: all pairings and the confirmed ones count the same.
		JsonNode confirmedOnly = read(bearer(READ_TOKEN), connection, Map.of("filter", Map.of("confirmed", true)))
			.data("pairings");
		JsonNode unconfirmedOnly = read(bearer(READ_TOKEN), connection, Map.of("filter", Map.of("confirmed", false)))
			.data("pairings");
		assertThat(confirmedOnly.path("totalCount").asInt())
			.isEqualTo(read(bearer(READ_TOKEN), connection, Map.of("filter", Map.of())).data("pairings")
				.path("totalCount")
				.asInt());
		assertThat(unconfirmedOnly.path("edges").size()).isZero();
		assertThat(unconfirmedOnly.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
		// A programme's count agrees with the list a public reader gets for it.
		for (JsonNode programme : read(bearer(READ_TOKEN), "{ programmes { key counts { pairings } } }", Map.of())
			.data("programmes")) {
			String key = programme.path("key").asString();
			assertThat(programme.path("counts").path("pairings").asInt()).as(key)
				.isEqualTo(read(bearer(READ_TOKEN), connection, Map.of("filter", Map.of("programme", key)))
					.data("pairings")
					.path("totalCount")
					.asInt());
		}
		if (!only.get("up").isNull()) {
			for (String role : List.of("SUPPORTER", "RECIPIENT")) {
				JsonNode coverage = read(bearer(READ_TOKEN),
						"""
								query($region: ID!, $level: String!, $role: PairingRole) {
								  coverage(region: $region, level: $level, role: $role) { pairedCount paired { region { key } } }
								}""",
						Map.of("region", only.get("up").asString(), "level", only.get("level").asString(), "role",
								role))
					.data("coverage");
				assertThat(coverage.path("paired").valueStream().map((p) -> p.path("region").path("key").asString()))
					.as(role)
					.doesNotContain(region);
				assertThat(coverage.path("pairedCount").asInt()).as(role).isEqualTo(coverage.path("paired").size());
			}
		}
	}

	@Test
	void sorted_pages_for_a_public_reader_are_the_whole_order_without_the_hidden_facts() {
		Set<String> hidden = hidden();
		String programme = records("""
				MATCH (p:Pairing)-[:UNDER]->(g:Programme)
				WITH g, count(CASE WHEN p.key IN $hidden THEN 1 END) AS hidden, count(p) AS total
				WHERE hidden > 0 AND total > hidden
				RETURN g.key AS key ORDER BY hidden DESC, key LIMIT 1
				""", Map.of("hidden", List.copyOf(hidden))).getFirst().get("key").asString();
		String kind = records(
				"MATCH (o:Organisation) WHERE o.key IN $hidden RETURN o.kind AS kind ORDER BY kind LIMIT 1",
				Map.of("hidden", List.copyOf(hidden)))
			.getFirst()
			.get("kind")
			.asString();
		List<Listing> listings = List.of(
				new Listing("pairings", "PairingFilter", "PairingSort", Map.of("programme", programme)),
				new Listing("organisations", "OrganisationFilter", "OrganisationSort", Map.of("kind", kind)),
				new Listing("projects", "ProjectFilter", "ProjectSort", Map.of()));
		for (Listing listing : listings) {
			for (String sort : sortKeys(listing.sortType())) {
				String what = listing.field() + " by " + sort;
				List<Slice> whole = walk(bearer(UNCONFIRMED_TOKEN), listing, sort, Page.MAX_SIZE);
				List<String> all = whole.stream().flatMap((s) -> s.keys().stream()).toList();
				List<String> cursors = whole.stream().flatMap((s) -> s.cursors().stream()).toList();
				if (!listing.field().equals("projects")) {
					assertThat(all).as(what + " holds hidden facts to leave out").containsAnyElementsOf(hidden);
				}
				List<String> expected = all.stream().filter((key) -> !hidden.contains(key)).toList();
				List<Slice> pages = walk(bearer(READ_TOKEN), listing, sort, 2);
				assertThat(pages.stream().flatMap((s) -> s.keys().stream())).as(what)
					.containsExactlyElementsOf(expected);
				for (int i = 0; i < pages.size(); i++) {
					Slice page = pages.get(i);
					assertThat(page.totalCount()).as(what + " page " + i).isEqualTo(expected.size());
					assertThat(page.hasNextPage()).as(what + " page " + i).isEqualTo(i < pages.size() - 1);
					assertThat(page.hasPreviousPage()).as(what + " page " + i).isEqualTo(i > 0);
				}
				// Cursors count only what the reader sees: a gap where a hidden fact sits
				// would give it away.
				assertThat(pages.stream().flatMap((s) -> s.cursors().stream())).as(what)
					.containsExactlyElementsOf(cursors.subList(0, expected.size()));
			}
		}
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
			Answer answer = post(bearer(READ_TOKEN), JSON.writeValueAsString(Map.of("query", query)), port);
			assertThat(answer.messages()).as(query).isNotEmpty();
			assertThat(answer.hasNoData()).as(query).isTrue();
			assertThat(answer.text()).as(query).doesNotContainIgnoringCase("did you mean");
			for (String name : meant) {
				assertThat(Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])")
					.matcher(answer.text())
					.find()).as(query + " names " + name).isFalse();
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

	private List<String> sortKeys(String sortType) {
		GraphQLEnumType sorts = (GraphQLEnumType) this.graphQlSource.schema().getType(sortType);
		return sorts.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
	}

	/** Every page of a listing for one reader, following the end cursors. */
	private List<Slice> walk(String reader, Listing listing, String sort, int size) {
		List<Slice> slices = new ArrayList<>();
		String after = null;
		do {
			Map<String, Object> variables = new HashMap<>();
			variables.put("filter", listing.filter());
			variables.put("sort", sort);
			variables.put("first", size);
			variables.put("after", after);
			Answer answer = post(reader, listing.document(), variables);
			assertThat(answer.messages()).isEmpty();
			JsonNode connection = answer.data(listing.field());
			List<String> keys = connection.path("edges")
				.valueStream()
				.map((e) -> e.path("node").path("key").asString())
				.toList();
			List<String> cursors = connection.path("edges")
				.valueStream()
				.map((e) -> e.path("cursor").asString())
				.toList();
			JsonNode pageInfo = connection.path("pageInfo");
			slices.add(new Slice(keys, cursors, pageInfo.path("hasNextPage").asBoolean(),
					pageInfo.path("hasPreviousPage").asBoolean(), connection.path("totalCount").asInt()));
			after = cursors.isEmpty() ? null : cursors.getLast();
		}
		while (slices.getLast().hasNextPage() && after != null && slices.size() < 1000);
		return slices;
	}

	/**
	 * Keys of every fact a public reader may not see, and of pairings with such a side.
	 */
	private Set<String> hidden() {
		return records("""
				MATCH (x:Entity) WHERE x.confirmed = false RETURN x.key AS key
				UNION
				MATCH (p:Pairing)-[:SUPPORTER|RECIPIENT]->(side) WHERE side.confirmed = false RETURN p.key AS key
				""", Map.of()).stream()
			.map((r) -> r.get("key").asString())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private List<Record> records(String cypher, Map<String, Object> parameters) {
		return this.driver.executableQuery(cypher).withParameters(parameters).execute().records();
	}

	private long count(String cypher) {
		return records(cypher, Map.of()).getFirst().get("n").asLong();
	}

	private static boolean mentions(CharSequence text, String key) {
		return Pattern.compile("(?<![\\w-])" + Pattern.quote(key) + "(?![\\w-])").matcher(text).find();
	}

	private static String bearer(String token) {
		return "Bearer " + token;
	}

	private static String basic(String coordinator) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((coordinator + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	/** An answer that must hold no errors, so that an absence in it means something. */
	private Answer read(String authorization, String query, Map<String, Object> variables) {
		Answer answer = post(authorization, query, variables);
		assertThat(answer.messages()).as(query + " " + variables).isEmpty();
		return answer;
	}

	private Answer post(String authorization, String query) {
		return post(authorization, query, Map.of());
	}

	private Answer post(String authorization, String query, Map<String, Object> variables) {
		return post(authorization, JSON.writeValueAsString(Map.of("query", query, "variables", variables)), this.port);
	}

	/** Posts a body as it is, answered in plain JSON so refusals keep their status. */
	static Answer post(String authorization, String body, int port) {
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

	/** A GraphQL answer as sent. */
	record Answer(int status, JsonNode body, String text) {

		JsonNode data(String field) {
			return this.body.path("data").path(field);
		}

		List<String> messages() {
			return this.body.path("errors").valueStream().map((e) -> e.path("message").asString()).toList();
		}

		/** Whether nothing was answered: no data, or only nulls at the top. */
		boolean hasNoData() {
			JsonNode data = this.body.path("data");
			return data.isMissingNode() || data.isNull() || data.valueStream().allMatch(JsonNode::isNull);
		}

	}

	private record Probe(String query, Map<String, Object> variables) {
	}

	/** A paged list, filtered, with the sort enum it takes. */
	private record Listing(String field, String filterType, String sortType, Map<String, Object> filter) {

		String document() {
			return """
					query list($filter: %s, $sort: %s, $first: Int, $after: String) {
					  %s(filter: $filter, sort: $sort, first: $first, after: $after) {
					    totalCount pageInfo { hasNextPage hasPreviousPage } edges { cursor node { key } }
					  }
					}""".formatted(this.filterType, this.sortType, this.field);
		}

	}

	private record Slice(List<String> keys, List<String> cursors, boolean hasNextPage, boolean hasPreviousPage,
			int totalCount) {
	}

}
