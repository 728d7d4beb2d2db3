package org.pairingatlas.pairing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.pairingatlas.GraphQlTestSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording, changing and ending pairings: validation that names field and value and
 * writes nothing, optimistic locking, sources and the audit trail.
 */
class PairingMutationIT extends GraphQlTestSupport {

	private static final String WUCHANG = "420106";

	private static final String WUFENG = "420529";

	private static final String ZIGUI = "420527";

	@Autowired
	Driver driver;

	private Map<String, Object> input(String supporter, String recipient) {
		Map<String, Object> input = new HashMap<>();
		input.put("programme", "hubei-shanchuan");
		input.put("level", "county");
		input.put("kind", "district-county");
		input.put("supporter", supporter);
		input.put("recipient", recipient);
		input.put("startDate", "2021-06");
		input.put("source", Map.of("document", "D003", "excerpt", "湖北省山川协作工程试点期为2021—2025年"));
		return input;
	}

	private long pairings() {
		return this.driver.executableQuery("MATCH (p:Pairing) RETURN count(p) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

	private List<Map<String, Object>> refused(Map<String, Object> input) {
		long before = pairings();
		var response = this.graphQl.documentName("createPairing").variable("input", input).execute();
		response.path("createPairing.pairing").valueIsNull();
		assertThat(pairings()).as("nothing is written").isEqualTo(before);
		return response.path("createPairing.errors").entityList(Map.class).get().stream().map((m) -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> error = m;
			return error;
		}).toList();
	}

	private String created(Map<String, Object> input) {
		var response = this.graphQl.documentName("createPairing").variable("input", input).execute();
		response.path("createPairing.errors").entityList(Object.class).hasSize(0);
		return response.path("createPairing.pairing.key").entity(String.class).get();
	}

	@org.junit.jupiter.api.BeforeEach
	void signInAsCoordinator() {
		this.graphQl = as(COORDINATOR);
	}

	@Test
	void a_coordinator_records_a_pairing_and_sees_it_at_once_with_its_source_and_audit_entry() {
		var response = this.graphQl.documentName("createPairing").variable("input", input("420111", WUFENG)).execute();
		response.path("createPairing.errors").entityList(Object.class).hasSize(0);
		response.path("createPairing.pairing.version").entity(Integer.class).isEqualTo(1);
		response.path("createPairing.pairing.recipient.name").entity(String.class).isEqualTo("五峰土家族自治县");
		response.path("createPairing.pairing.sources[0].document.key").entity(String.class).isEqualTo("D003");
		String key = response.path("createPairing.pairing.key").entity(String.class).get();
		this.graphQl.documentName("node")
			.variable("id", key)
			.execute()
			.path("node.__typename")
			.entity(String.class)
			.isEqualTo("Pairing");
		var audit = this.graphQl.documentName("auditLog").variable("entity", key).execute();
		audit.path("auditLog.edges[0].node.action").entity(String.class).isEqualTo("createPairing");
		audit.path("auditLog.edges[0].node.before").valueIsNull();
		audit.path("auditLog.edges[0].node.after")
			.entity(String.class)
			.satisfies((after) -> assertThat(after).contains("420111"));
	}

	@Test
	void an_unknown_region_code_is_refused_naming_it() {
		var errors = refused(input(WUCHANG, "999999"));
		assertThat(errors).anySatisfy((e) -> {
			assertThat(e).containsEntry("field", "recipient")
				.containsEntry("value", "999999")
				.containsEntry("code", "UNKNOWN_ID");
		});
	}

	@Test
	void a_region_paired_with_itself_is_refused() {
		assertThat(refused(input(ZIGUI, ZIGUI))).anySatisfy((e) -> assertThat(e).containsEntry("code", "SELF_PAIRING"));
	}

	@Test
	void a_region_paired_with_its_own_ancestor_is_refused() {
		assertThat(refused(input("420000", ZIGUI))).anySatisfy((e) -> {
			assertThat(e).containsEntry("field", "recipient");
			assertThat((String) e.get("message")).contains("ancestor");
		});
	}

	@Test
	void a_pairing_duplicating_an_active_one_is_refused() {
		created(input("420112", "420526"));
		assertThat(refused(input("420112", "420526")))
			.anySatisfy((e) -> assertThat(e).containsEntry("code", "DUPLICATE"));
	}

	@Test
	void an_end_before_the_start_is_refused() {
		Map<String, Object> input = input("420113", "420528");
		input.put("endDate", "2020-12");
		assertThat(refused(input)).anySatisfy((e) -> {
			assertThat(e).containsEntry("field", "endDate").containsEntry("code", "END_BEFORE_START");
		});
	}

	@Test
	void a_fact_without_an_excerpt_or_with_an_unknown_document_is_refused() {
		Map<String, Object> noExcerpt = input("420114", "420528");
		noExcerpt.put("source", Map.of("document", "D003", "excerpt", "  "));
		assertThat(refused(noExcerpt)).anySatisfy((e) -> assertThat(e).containsEntry("field", "source.excerpt"));
		Map<String, Object> unknown = input("420114", "420528");
		unknown.put("source", Map.of("document", "no-such-document", "excerpt", "x"));
		assertThat(refused(unknown)).anySatisfy((e) -> {
			assertThat(e).containsEntry("field", "source.document").containsEntry("code", "UNKNOWN_ID");
		});
	}

	@Test
	void an_unknown_level_and_a_malformed_date_are_both_reported() {
		Map<String, Object> input = input("420115", "420528");
		input.put("level", "galaxy");
		input.put("startDate", "2021-13");
		var errors = refused(input);
		assertThat(errors).extracting((e) -> e.get("field")).contains("level", "startDate");
	}

	@Test
	void a_stale_version_is_refused_so_no_edit_is_silently_overwritten() {
		String key = created(input("420116", "420528"));
		var first = this.graphQl.documentName("updatePairing")
			.variable("input", Map.of("id", key, "expectedVersion", 1, "note", "first edit"))
			.execute();
		first.path("updatePairing.pairing.version").entity(Integer.class).isEqualTo(2);
		var stale = this.graphQl.documentName("updatePairing")
			.variable("input", Map.of("id", key, "expectedVersion", 1, "note", "second edit from an old read"))
			.execute();
		stale.path("updatePairing.errors[0].code").entity(String.class).isEqualTo("CONFLICT");
		this.graphQl.documentName("auditLog")
			.variable("entity", key)
			.execute()
			.path("auditLog.totalCount")
			.entity(Integer.class)
			.isEqualTo(2);
	}

	@Test
	void of_many_concurrent_edits_from_the_same_version_exactly_one_wins() throws Exception {
		String key = created(input("420117", "420528"));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Callable<String>> edits = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			String note = "edit " + i;
			edits.add(() -> {
				var response = this.graphQl.documentName("updatePairing")
					.variable("input", Map.of("id", key, "expectedVersion", 1, "note", note))
					.execute();
				List<?> errors = response.path("updatePairing.errors").entityList(Object.class).get();
				return errors.isEmpty() ? "won"
						: response.path("updatePairing.errors[0].code").entity(String.class).get();
			});
		}
		List<String> outcomes = new ArrayList<>();
		for (Future<String> outcome : pool.invokeAll(edits)) {
			outcomes.add(outcome.get());
		}
		pool.shutdown();
		assertThat(outcomes).filteredOn("won"::equals).hasSize(1);
		assertThat(outcomes).filteredOn("CONFLICT"::equals).hasSize(15);
		long version = this.driver.executableQuery("MATCH (p:Pairing {key: $key}) RETURN p.version AS v")
			.withParameters(Map.of("key", key))
			.execute()
			.records()
			.get(0)
			.get("v")
			.asLong();
		assertThat(version).isEqualTo(2);
	}

	@Test
	void ending_a_pairing_records_the_date_and_cannot_be_done_twice() {
		String key = created(input("420117", "420529"));
		Map<String, Object> end = Map.of("id", key, "expectedVersion", 1, "endDate", "2025-12-31", "source",
				Map.of("document", "D003", "excerpt", "湖北省山川协作工程试点期为2021—2025年"));
		var ended = this.graphQl.documentName("endPairing").variable("input", end).execute();
		ended.path("endPairing.pairing.status").entity(String.class).isEqualTo("ended");
		ended.path("endPairing.pairing.endDate").entity(String.class).isEqualTo("2025-12-31");
		Map<String, Object> again = new HashMap<>(end);
		again.put("expectedVersion", 2);
		this.graphQl.documentName("endPairing")
			.variable("input", again)
			.execute()
			.path("endPairing.errors[0].message")
			.entity(String.class)
			.satisfies((message) -> assertThat(message).contains("already ended"));
	}

	@Test
	void a_pairing_changed_to_the_level_of_an_active_one_of_the_same_parties_is_refused() {
		created(input("420202", "420624"));
		Map<String, Object> township = input("420202", "420624");
		township.put("level", "township");
		String key = created(township);
		var refused = this.graphQl.documentName("updatePairing")
			.variable("input", Map.of("id", key, "expectedVersion", 1, "level", "county"))
			.execute();
		refused.path("updatePairing.pairing").valueIsNull();
		refused.path("updatePairing.errors[0].code").entity(String.class).isEqualTo("DUPLICATE");
		assertThat(activeCountyPairings("420202", "420624")).isEqualTo(1);
		// Ending it first, it may take the level: an ended pairing duplicates nothing.
		this.graphQl.documentName("endPairing")
			.variable("input",
					Map.of("id", key, "expectedVersion", 1, "endDate", "2025-12-31", "source",
							Map.of("document", "D003", "excerpt", "湖北省山川协作工程试点期为2021—2025年")))
			.execute()
			.path("endPairing.errors")
			.entityList(Object.class)
			.hasSize(0);
		this.graphQl.documentName("updatePairing")
			.variable("input", Map.of("id", key, "expectedVersion", 2, "level", "county"))
			.execute()
			.path("updatePairing.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void of_many_concurrent_creates_of_the_same_pairing_exactly_one_is_recorded() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> running = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			running.add(pool.submit(() -> {
				start.await();
				var response = this.graphQl.documentName("createPairing")
					.variable("input", input("420203", "420625"))
					.execute();
				List<?> errors = response.path("createPairing.errors").entityList(Object.class).get();
				return errors.isEmpty() ? "recorded"
						: response.path("createPairing.errors[0].code").entity(String.class).get();
			}));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> outcome : running) {
			outcomes.add(outcome.get());
		}
		pool.shutdown();
		assertThat(outcomes).filteredOn("recorded"::equals).hasSize(1);
		assertThat(outcomes).filteredOn("DUPLICATE"::equals).hasSize(15);
		assertThat(activeCountyPairings("420203", "420625")).isEqualTo(1);
	}

	private long activeCountyPairings(String supporter, String recipient) {
		return this.driver.executableQuery("""
				MATCH (:Region {key: $supporter})<-[:SUPPORTER]-(p:Pairing)-[:RECIPIENT]->(:Region {key: $recipient})
				WHERE p.level = 'county' AND p.status <> 'ended'
				RETURN count(p) AS n
				""")
			.withParameters(Map.of("supporter", supporter, "recipient", recipient))
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

}
