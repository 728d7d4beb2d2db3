package org.pairingatlas.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.pairingatlas.GraphQlPosts;
import org.pairingatlas.GraphQlPosts.Answer;
import org.pairingatlas.GraphQlTestSupport;
import org.pairingatlas.base.graphql.Page;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pairingatlas.GraphQlPosts.mentions;

/**
 * A public reader learns nothing of the facts hidden from it (unconfirmed ones, and
 * pairings with such a side): not through filters naming them, not in what surrounds
 * them, not in counts, and not in the order or the page splits of sorted lists. The
 * researcher's token, which may see them, shows each probe could have found them.
 */
class HiddenFactsIT extends GraphQlTestSupport {

	@Autowired
	Driver driver;

	@Autowired
	GraphQlSource graphQlSource;

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
		for (String query : keyed) {
			Answer asUnknown = post(bearer(READ_TOKEN), query, Map.of("key", unknown));
			// Executed, not refused as invalid, so that equal answers mean something.
			assertThat(asUnknown.body().path("data").isObject()).as(query).isTrue();
			for (String key : hidden) {
				Answer asHidden = post(bearer(READ_TOKEN), query, Map.of("key", key));
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

	/** An answer that must hold no errors, so that an absence in it means something. */
	private Answer read(String authorization, String query, Map<String, Object> variables) {
		Answer answer = post(authorization, query, variables);
		assertThat(answer.messages()).as(query + " " + variables).isEmpty();
		return answer;
	}

	private Answer post(String authorization, String query, Map<String, Object> variables) {
		return GraphQlPosts.post(authorization, query, variables, this.port);
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
