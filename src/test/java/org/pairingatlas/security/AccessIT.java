package org.pairingatlas.security;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pairingatlas.GraphQlTestSupport;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.http.client.reactive.JdkClientHttpConnector;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what: anonymous requests are refused by default, partner tokens read,
 * coordinators write within their remit, and nobody else writes.
 */
class AccessIT extends GraphQlTestSupport {

	private static Map<String, Object> townshipPairing() {
		Map<String, Object> input = new HashMap<>();
		input.put("programme", "jing-e");
		input.put("level", "township");
		input.put("kind", "relatives");
		input.put("supporter", "110118100");
		input.put("recipient", "420324101");
		input.put("startDate", "2026-11");
		input.put("source", Map.of("document", "D001", "excerpt", "134个乡镇、社区结为“亲戚”"));
		return input;
	}

	private HttpStatus status(String authorization) {
		WebTestClient client = WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + this.port)
			.build();
		var request = client.post().uri("/graphql").header("Content-Type", "application/json");
		if (authorization != null) {
			request = request.header("Authorization", authorization);
		}
		return HttpStatus.valueOf(request.bodyValue("{\"query\":\"{ programmes { key } }\"}")
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value());
	}

	@Test
	void anonymous_requests_are_refused_by_default() {
		assertThat(status(null)).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void a_read_token_reads() {
		assertThat(status("Bearer " + READ_TOKEN)).isEqualTo(HttpStatus.OK);
	}

	@Test
	void unknown_expired_and_revoked_tokens_are_refused() {
		assertThat(status("Bearer not-a-token")).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(status("Bearer " + EXPIRED_TOKEN)).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(status("Bearer " + REVOKED_TOKEN)).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void a_wrong_password_is_refused() {
		String basic = java.util.Base64.getEncoder().encodeToString((COORDINATOR + ":wrong").getBytes());
		assertThat(status("Basic " + basic)).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void the_shiyan_coordinator_records_a_township_pairing_and_sees_it_at_once() {
		HttpGraphQlTester coordinator = as(SHIYAN_COORDINATOR);
		var created = coordinator.documentName("createPairing").variable("input", townshipPairing()).execute();
		created.path("createPairing.errors").entityList(Object.class).hasSize(0);
		String key = created.path("createPairing.pairing.key").entity(String.class).get();
		this.graphQl.documentName("pairingsPage")
			.variable("filter", Map.of("recipientRegion", "420324101", "level", "township"))
			.execute()
			.path("pairings.edges[*].node.key")
			.entityList(String.class)
			.contains(key);
		as(COORDINATOR).documentName("auditLog")
			.variable("entity", key)
			.execute()
			.path("auditLog.edges[0].node.actor")
			.entity(String.class)
			.isEqualTo(SHIYAN_COORDINATOR);
	}

	@Test
	void a_partner_token_may_not_write() {
		Map<String, Object> input = townshipPairing();
		input.put("recipient", "420324102");
		var refused = withToken(READ_TOKEN).documentName("createPairing").variable("input", input).execute();
		refused.path("createPairing.pairing").valueIsNull();
		refused.path("createPairing.errors[0].code").entity(String.class).isEqualTo("FORBIDDEN");
		this.graphQl.documentName("pairingsPage")
			.variable("filter", Map.of("recipientRegion", "420324102"))
			.execute()
			.path("pairings.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void a_coordinator_of_another_region_may_not_write_there() {
		Map<String, Object> input = townshipPairing();
		input.put("recipient", "420324103");
		var refused = as(WENZHOU_COORDINATOR).documentName("createPairing").variable("input", input).execute();
		refused.path("createPairing.errors[0].code").entity(String.class).isEqualTo("FORBIDDEN");
		this.graphQl.documentName("pairingsPage")
			.variable("filter", Map.of("recipientRegion", "420324103"))
			.execute()
			.path("pairings.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void a_partner_token_reads_what_changed_but_not_about_facts_it_may_not_see() {
		HttpGraphQlTester coordinator = as(COORDINATOR);
		Map<String, Object> unconfirmed = townshipPairing();
		unconfirmed.put("recipient", "420324104");
		unconfirmed.put("confirmed", false);
		String hidden = coordinator.documentName("createPairing")
			.variable("input", unconfirmed)
			.execute()
			.path("createPairing.pairing.key")
			.entity(String.class)
			.get();
		this.graphQl.documentName("auditLog")
			.variable("since", java.time.LocalDate.now().minusDays(7).toString())
			.execute()
			.path("auditLog.edges[*].node.entityKey")
			.entityList(String.class)
			.doesNotContain(hidden);
		withToken(UNCONFIRMED_TOKEN).documentName("auditLog")
			.variable("entity", hidden)
			.execute()
			.path("auditLog.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void unconfirmed_facts_are_hidden_from_public_readers_in_lists_counts_and_look_ups() {
		this.graphQl.documentName("node")
			.variable("id", "pair-changping-luanchuan")
			.execute()
			.path("node")
			.valueIsNull();
		this.graphQl.documentName("pairingsPage")
			.variable("filter", Map.of("confirmed", false))
			.execute()
			.path("pairings.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		this.graphQl.documentName("programmes")
			.execute()
			.path("programmes[*].counts.unconfirmedPairings")
			.entityList(Integer.class)
			.satisfies((counts) -> assertThat(counts).allMatch((n) -> n == 0));
		this.graphQl.documentName("regionPairings")
			.variable("code", "110114")
			.execute()
			.path("region.pairings")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void coordinators_and_tokens_with_the_unconfirmed_scope_see_unconfirmed_facts() {
		for (HttpGraphQlTester reader : java.util.List.of(as(COORDINATOR), withToken(UNCONFIRMED_TOKEN))) {
			reader.documentName("node")
				.variable("id", "pair-changping-luanchuan")
				.execute()
				.path("node.__typename")
				.entity(String.class)
				.isEqualTo("Pairing");
			reader.documentName("regionPairings")
				.variable("code", "110114")
				.execute()
				.path("region.pairings[*].confirmed")
				.entityList(Boolean.class)
				.contains(false);
		}
	}

}
