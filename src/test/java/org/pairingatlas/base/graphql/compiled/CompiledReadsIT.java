package org.pairingatlas.base.graphql.compiled;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.SignedIn;
import org.pairingatlas.base.neo4j.StatementRecording;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compiled reads answer exactly what batch loading answers, for the public and for a
 * coordinator who also sees unconfirmed facts, and in one statement where the whole
 * selection is compiled. Each document runs both ways in the same application: batch
 * loading is asked for through the request's GraphQL context.
 */
@Import(StatementRecording.class)
class CompiledReadsIT extends Neo4jTestSupport {

	private static final String REGION = """
			query ($code: ID!) {
			  region(code: $code) {
			    __typename id key code name nameEn level
			    parent { name level parent { name } }
			    ancestors { key name }
			    children { key name }
			    supports: pairings(role: SUPPORTER) { key }
			    receives: pairings(role: RECIPIENT) {
			      key level kind status confirmed startDate endDate note version
			      programme { key name }
			      supporter { __typename ... on Region { key name } ... on Organisation { key name kind status } }
			      recipient { ... on Region { name } ... on Organisation { name } }
			      sources { excerpt document { key number title date } }
			    }
			    pairings { id }
			    sources { excerpt document { id kind title } }
			  }
			}
			""";

	private static final String ORGANISATION = """
			query ($key: ID!) {
			  organisation(key: $key) {
			    id key name nameEn kind creditCode status endDate note version confirmed
			    region { name ancestors { name } }
			    pairings { key supporter { ... on Region { name } ... on Organisation { name } } }
			    sources { excerpt document { title } }
			  }
			}
			""";

	private static final String PAIRING = """
			query ($id: ID!) {
			  pairing(id: $id) {
			    id key level kind startDate endDate status confirmed note version
			    programme { key name nameEn kind framework startYear endYear }
			    supporter { __typename ... on Region { code name } ... on Organisation { key } }
			    recipient { __typename ... on Region { code name } ... on Organisation { key } }
			    sources { excerpt document { key } }
			  }
			}
			""";

	private static final String PROJECT = """
			query ($id: ID!) {
			  project(id: $id) {
			    id key name category startYear endYear status confirmed note
			    programme { key }
			    region { key name parent { name } }
			    implementer { __typename ... on Organisation { name } ... on Region { name } }
			    investor { __typename ... on Organisation { name } }
			    collaborationFunds matchingFunds centralInvestment localInvestment otherInvestment totalInvestment
			    sources { excerpt }
			  }
			}
			""";

	private static final String PROGRAMME = """
			query ($key: ID!) {
			  programme(key: $key) {
			    id key name nameEn kind framework startYear endYear
			    pairings { key supporter { ... on Region { name } } }
			    sources { document { key } }
			  }
			}
			""";

	private static final String DOCUMENT = """
			query ($id: ID!) { document(id: $id) { id key kind number title issuer date url sha256 fileName } }
			""";

	private static final String NODE = """
			query ($id: ID!) {
			  node(id: $id) {
			    __typename id
			    ... on Region { name }
			    ... on Pairing { level supporter { ... on Region { name } } }
			    ... on Project { name collaborationFunds }
			    ... on Organisation { name }
			    ... on Programme { name }
			  }
			}
			""";

	private static final String PAIRINGS = """
			query ($filter: PairingFilter, $sort: PairingSort, $first: Int) {
			  pairings(filter: $filter, sort: $sort, first: $first) {
			    totalCount
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			    edges {
			      cursor
			      node {
			        key level
			        supporter { ... on Region { name } ... on Organisation { name } }
			        recipient { ... on Region { name } }
			        programme { key }
			      }
			    }
			  }
			}
			""";

	private static final String PROJECTS = """
			query ($filter: ProjectFilter, $sort: ProjectSort) {
			  projects(filter: $filter, sort: $sort, first: 10) {
			    totalCount
			    edges { node { name category region { name } collaborationFunds implementer { ... on Organisation { name } } } }
			  }
			}
			""";

	private static final String SEARCH = """
			query ($text: String!, $types: [EntityType!]) {
			  search(text: $text, types: $types, first: 10) {
			    score matched
			    node {
			      __typename id
			      ... on Region { name parent { name } }
			      ... on Organisation { name }
			      ... on Programme { name }
			      ... on Project { name region { name } }
			      ... on Document { title }
			    }
			  }
			}
			""";

	private static final String REGIONS = """
			query ($filter: RegionFilter, $sort: RegionSort, $first: Int) {
			  regions(filter: $filter, sort: $sort, first: $first) {
			    totalCount pageInfo { hasNextPage endCursor }
			    edges { cursor node { key name level parent { name } } }
			  }
			}
			""";

	private static final String ORGANISATIONS = """
			query ($filter: OrganisationFilter, $sort: OrganisationSort) {
			  organisations(filter: $filter, sort: $sort, first: 15) {
			    totalCount
			    edges { node { key name kind confirmed region { name } pairings { key } } }
			  }
			}
			""";

	private static final boolean ONE_STATEMENT = true;

	private static final boolean SEVERAL_STATEMENTS = false;

	@Autowired
	ExecutionGraphQlService graphQl;

	@Autowired
	CompiledReads reads;

	static Stream<Arguments> documents() {
		List<Arguments> documents = new ArrayList<>();
		for (String code : List.of("420324", "420300", "110118", "420528", "no-such-region")) {
			documents.add(Arguments.of("region " + code, REGION, Map.of("code", code), ONE_STATEMENT));
		}
		for (String key : List.of("org-zhuxi-miyun-primary-school", "org-muyuan", "org-beijing-drainage-group")) {
			documents.add(Arguments.of("organisation " + key, ORGANISATION, Map.of("key", key), ONE_STATEMENT));
		}
		for (String id : List.of("pair-miyun-zhuxi", "pair-sc-wuhan-etdz-changyang")) {
			documents.add(Arguments.of("pairing " + id, PAIRING, Map.of("id", id), ONE_STATEMENT));
		}
		for (String id : List.of("proj-fangxian-shagouhe-treatment", "proj-beipai-shiyan-west-leachate-station",
				"proj-zhuxi-miyun-primary-school")) {
			documents.add(Arguments.of("project " + id, PROJECT, Map.of("id", id), ONE_STATEMENT));
		}
		for (String key : List.of("jing-e", "hubei-shanchuan")) {
			documents.add(Arguments.of("programme " + key, PROGRAMME, Map.of("key", key), ONE_STATEMENT));
		}
		for (String id : List.of("D001", "D000")) {
			documents.add(Arguments.of("document " + id, DOCUMENT, Map.of("id", id), ONE_STATEMENT));
		}
		for (String id : List.of("420324", "pair-miyun-zhuxi", "pair-sc-wuhan-etdz-changyang",
				"proj-fangxian-shagouhe-treatment", "org-muyuan", "jing-e", "D001", "tgt-d000-gdp-growth", "nothing")) {
			// A target has no projection: its look-up finds it, then its data fetcher
			// reads it.
			documents.add(Arguments.of("node " + id, NODE, Map.of("id", id),
					id.startsWith("tgt-") ? SEVERAL_STATEMENTS : ONE_STATEMENT));
		}
		documents.add(Arguments.of("pairings under 十堰", PAIRINGS,
				Map.of("filter", Map.of("recipientRegion", "420300"), "first", 20), ONE_STATEMENT));
		documents.add(Arguments.of("山川 pairings by supporter", PAIRINGS,
				Map.of("filter", Map.of("programme", "hubei-shanchuan"), "sort", "SUPPORTER", "first", 5),
				ONE_STATEMENT));
		documents.add(Arguments.of("unconfirmed pairings", PAIRINGS,
				Map.of("filter", Map.of("confirmed", false), "sort", "START_DATE", "first", 50), ONE_STATEMENT));
		documents.add(Arguments.of("projects under 十堰 by name", PROJECTS,
				Map.of("filter", Map.of("region", "420300"), "sort", "NAME"), ONE_STATEMENT));
		documents
			.add(Arguments.of("projects by investment", PROJECTS, Map.of("sort", "TOTAL_INVESTMENT"), ONE_STATEMENT));
		documents.add(Arguments.of("townships of 十堰", REGIONS,
				Map.of("filter", Map.of("level", "township", "within", "420300"), "first", 30), ONE_STATEMENT));
		documents.add(Arguments.of("counties by name", REGIONS,
				Map.of("filter", Map.of("level", "county"), "sort", "NAME", "first", 10), ONE_STATEMENT));
		documents.add(Arguments.of("organisations by kind", ORGANISATIONS, Map.of("sort", "KIND"), ONE_STATEMENT));
		documents.add(Arguments.of("schools in 十堰", ORGANISATIONS,
				Map.of("filter", Map.of("kind", "school", "region", "420300")), ONE_STATEMENT));
		documents.add(Arguments.of("organisations of 京鄂", ORGANISATIONS,
				Map.of("filter", Map.of("programme", "jing-e")), ONE_STATEMENT));
		for (String text : List.of("竹溪", "shiyan", "zhuxi xian", "十堰", "Beijing", "十政办发", "sxx")) {
			documents.add(Arguments.of("search " + text, SEARCH, Map.of("text", text), ONE_STATEMENT));
		}
		documents.add(Arguments.of("search projects only", SEARCH, Map.of("text", "十堰", "types", List.of("PROJECT")),
				ONE_STATEMENT));
		documents.add(Arguments.of("a field without a projection",
				"{ programme(key: \"jing-e\") { name reportedFigures { value } } }", Map.of(), SEVERAL_STATEMENTS));
		String counts = "counts { pairings countyPairings townshipPairings institutionPairings unconfirmedPairings"
				+ " projects organisations reportedFigures targets discrepancies }";
		documents.add(Arguments.of("programmes with every count", "{ programmes { key name " + counts + " } }",
				Map.of(), ONE_STATEMENT));
		documents.add(Arguments.of("programmes with two counts, aliased",
				"{ programmes { key c: counts { p: pairings projects } } }", Map.of(), ONE_STATEMENT));
		for (String key : List.of("jing-e", "hubei-shanchuan")) {
			documents.add(Arguments.of("programme " + key + " with every count",
					"query($key: ID!) { programme(key: $key) { name " + counts + " } }", Map.of("key", key),
					ONE_STATEMENT));
		}
		return documents.stream();
	}

	@AfterEach
	void signOut() {
		SignedIn.signOut();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("documents")
	void the_public_gets_the_same_answer_compiled_as_batch_loaded_in_one_statement(String name, String document,
			Map<String, Object> variables, boolean oneStatement) {
		StatementRecording.sentSinceLastAsked();
		Map<String, Object> compiled = answer(document, variables, false);
		List<String> sent = StatementRecording.sentSinceLastAsked();
		assertThat(compiled).as(name).isEqualTo(answer(document, variables, true));
		if (oneStatement) {
			assertThat(sent).as("statements of " + name).hasSize(1);
		}
		else {
			assertThat(sent).as("statements of " + name).hasSizeGreaterThan(1);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("documents")
	void a_coordinator_gets_the_same_answer_compiled_as_batch_loaded(String name, String document,
			Map<String, Object> variables, boolean oneStatement) {
		SignedIn.asCoordinator(COORDINATOR);
		assertThat(answer(document, variables, false)).as(name).isEqualTo(answer(document, variables, true));
	}

	@Test
	void a_coordinator_sees_the_unconfirmed_pairing_the_public_does_not_compiled_too() {
		Map<String, Object> id = Map.of("id", "pair-sc-wuhan-etdz-changyang");
		assertThat(answer(PAIRING, id, false)).containsEntry("pairing", null);
		SignedIn.asCoordinator(COORDINATOR);
		assertThat(answer(PAIRING, id, false).get("pairing"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("confirmed", false);
	}

	@Test
	void a_look_up_with_everything_below_it_is_one_statement() {
		StatementRecording.sentSinceLastAsked();
		answer(REGION, Map.of("code", "420324"), false);
		assertThat(StatementRecording.sentSinceLastAsked()).as("compiled").hasSize(1);
		answer(REGION, Map.of("code", "420324"), true);
		assertThat(StatementRecording.sentSinceLastAsked()).as("batch loaded").hasSizeGreaterThan(4);
	}

	@Test
	void a_neighbourhood_the_shortest_paths_and_a_funding_report_are_one_statement_each() {
		for (String document : List.of(
				"{ neighbourhood(id: \"420324\", depth: 2) { truncated nodes { id label programme } edges { id } } }",
				"{ neighbourhood(id: \"420300\", depth: 4, limit: 60) { truncated nodes { id } } }",
				"{ shortestPaths(from: \"110118\", to: \"org-zhuxi-miyun-primary-school\") { nodes { id label } edges { type } } }",
				"{ funding(filter: {region: \"420300\"}, groupBy: [CATEGORY]) { rows { category collaborationFunds } total { projects } reported { value } } }")) {
			StatementRecording.sentSinceLastAsked();
			Map<String, Object> answered = answer(document, Map.of(), false);
			assertThat(answered.values()).as(document).doesNotContainNull();
			assertThat(StatementRecording.sentSinceLastAsked()).as(document).hasSize(1);
		}
	}

	@Test
	void a_document_sent_again_is_not_compiled_again_and_answers_for_its_own_variables() {
		String document = """
				query ($code: ID!, $first: PairingRole, $second: PairingRole) {
				  region(code: $code) {
				    name
				    first: pairings(role: $first) { key }
				    second: pairings(role: $second) { key supporter { ... on Region { name pairings(role: $first) { key } } } }
				  }
				}
				""";
		answer(document, Map.of("code", "420324", "first", "SUPPORTER", "second", "RECIPIENT"), false);
		long compiled = this.reads.statements().compilations();
		List<Map<String, Object>> answers = new ArrayList<>();
		for (Map<String, Object> variables : List.of(
				Map.<String, Object>of("code", "420324", "first", "RECIPIENT", "second", "SUPPORTER"),
				Map.<String, Object>of("code", "110118", "first", "SUPPORTER", "second", "RECIPIENT"),
				Map.<String, Object>of("code", "420300", "first", "RECIPIENT"),
				Map.<String, Object>of("code", "420324", "first", "SUPPORTER", "second", "RECIPIENT"))) {
			Map<String, Object> answered = answer(document, variables, false);
			assertThat(answered).as("%s", variables).isEqualTo(answer(document, variables, true));
			answers.add(answered);
		}
		assertThat(answers).as("each request answered for its own variables").doesNotHaveDuplicates();
		assertThat(this.reads.statements().compilations()).as("compilations after the first").isEqualTo(compiled);
	}

	@Test
	void a_list_s_items_are_compiled_once_and_bound_again_to_each_request() {
		String document = """
				query ($within: ID, $role: PairingRole) {
				  regions(filter: {level: "county", within: $within}, first: 5) {
				    edges { node { name pairings(role: $role) { key } } }
				  }
				}
				""";
		answer(document, Map.of("within", "420300", "role", "RECIPIENT"), false);
		long compiled = this.reads.statements().compilations();
		Map<String, Object> supporting = answer(document, Map.of("within", "420300", "role", "SUPPORTER"), false);
		assertThat(supporting).isEqualTo(answer(document, Map.of("within", "420300", "role", "SUPPORTER"), true))
			.isNotEqualTo(answer(document, Map.of("within", "420300", "role", "RECIPIENT"), false));
		assertThat(this.reads.statements().compilations()).isEqualTo(compiled);
	}

	@Test
	void include_and_skip_decided_by_variables_keep_one_statement_for_each_decision() {
		String document = """
				query ($code: ID!, $children: Boolean!, $noParent: Boolean!) {
				  region(code: $code) { name children @include(if: $children) { name } parent @skip(if: $noParent) { name } }
				}
				""";
		long before = this.reads.statements().compilations();
		for (int round = 0; round < 2; round++) {
			for (boolean children : List.of(true, false)) {
				Map<String, Object> variables = Map.of("code", "420300", "children", children, "noParent", children);
				Map<String, Object> answered = answer(document, variables, false);
				assertThat(answered).as("%s", variables).isEqualTo(answer(document, variables, true));
				assertThat(answered.get("region")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
					.containsKeys(children ? "children" : "parent")
					.doesNotContainKey(children ? "parent" : "children");
			}
		}
		assertThat(this.reads.statements().compilations() - before).as("one for each decision").isEqualTo(2);
	}

	private Map<String, Object> answer(String document, Map<String, Object> variables, boolean batchLoaded) {
		DefaultExecutionGraphQlRequest request = new DefaultExecutionGraphQlRequest(document, null, variables, null,
				UUID.randomUUID().toString(), Locale.ENGLISH);
		if (batchLoaded) {
			request.configureExecutionInput(
					(input, builder) -> builder.graphQLContext(Map.of(CompiledReads.BATCH_LOADED, true)).build());
		}
		ExecutionGraphQlResponse response = this.graphQl.execute(request).block();
		assertThat(response).isNotNull();
		assertThat(response.getErrors()).as("errors of %s", document).isEmpty();
		return response.getData();
	}

}
