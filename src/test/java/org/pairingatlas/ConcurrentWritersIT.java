package org.pairingatlas;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty coordinators writing to the same pairing and the same project at the same moment
 * lose no update: each edit either commits or is told to retry (a stale version, a
 * concurrent transaction in the way, or a wait longer than the limits), and the graph
 * holds exactly the edits that were accepted, each once. Every writer tries up to
 * {@value #ATTEMPTS} times, reading afresh each time; fifty writers retrying until all
 * succeed would make some 1,300 attempts, which proves nothing more.
 */
class ConcurrentWritersIT extends GraphQlTestSupport {

	private static final int WRITERS = 50;

	private static final int ATTEMPTS = 3;

	private static final Map<String, Object> SOURCE = Map.of("document", "D002", "excerpt", "本规划期限为2014—2020年");

	@Autowired
	Driver driver;

	@Test
	void fifty_writers_appending_to_one_pairing_each_land_exactly_once() throws Exception {
		String key = send(
				"""
						mutation($input: CreatePairingInput!) { createPairing(input: $input) { pairing { key } errors { message } } }
						""",
				Map.of("input",
						Map.of("programme", "hubei-shanchuan", "level", "county", "kind", "district-county",
								"supporter", "420106", "recipient", "420526", "note", "writers:", "source",
								Map.of("document", "D003", "excerpt", "湖北省山川协作工程试点期为2021—2025年"))))
			.at("/data/createPairing/pairing/key")
			.asString();
		AtomicInteger toldToRetry = new AtomicInteger();
		List<Callable<String>> writers = new ArrayList<>();
		for (int i = 0; i < WRITERS; i++) {
			String mark = " w%02d".formatted(i);
			writers.add(() -> {
				for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
					JsonNode pairing = send("query($id: ID!) { node(id: $id) { ... on Pairing { version note } } }",
							Map.of("id", key))
						.at("/data/node");
					JsonNode answer = send("""
							mutation($input: UpdatePairingInput!) {
							  updatePairing(input: $input) { pairing { version } errors { code } }
							}
							""", Map.of("input", Map.of("id", key, "expectedVersion", pairing.get("version").asInt(),
							"note", pairing.get("note").asString() + mark)));
					if (committed(answer, "updatePairing", toldToRetry)) {
						return mark;
					}
				}
				return null;
			});
		}
		List<String> accepted = runTogether(writers);

		Map<String, Object> stored = this.driver
			.executableQuery("MATCH (p:Pairing {key: $key}) RETURN p.version AS version, p.note AS note")
			.withParameters(Map.of("key", key))
			.execute()
			.records()
			.get(0)
			.asMap();
		assertThat(accepted).hasSizeGreaterThan(1);
		assertThat(stored.get("version")).isEqualTo(1L + accepted.size());
		for (int i = 0; i < WRITERS; i++) {
			String mark = " w%02d".formatted(i);
			if (accepted.contains(mark)) {
				assertThat((String) stored.get("note")).containsOnlyOnce(mark);
			}
			else {
				assertThat((String) stored.get("note")).doesNotContain(mark);
			}
		}
		assertThat(audited(key)).isEqualTo(1L + accepted.size());
		assertThat(toldToRetry.get()).as("the writers really collided").isPositive();
	}

	@Test
	void fifty_writers_on_one_project_keep_its_funds_and_transfers_consistent() throws Exception {
		String key = send(
				"""
						mutation($input: RecordProjectInput!) { recordProject(input: $input) { project { key } errors { message } } }
						""",
				Map.of("input",
						Map.of("name", "并发测试项目 concurrency project", "programme", "three-gorges-hubei", "category",
								"infrastructure", "region", "420527", "startYear", 2015, "funding",
								Map.of("collaborationFunds", "0"), "source", SOURCE)))
			.at("/data/recordProject/project/key")
			.asString();
		AtomicInteger toldToRetry = new AtomicInteger();
		List<Callable<String>> writers = new ArrayList<>();
		for (int i = 0; i < WRITERS; i++) {
			if (i % 2 == 0) {
				// Half raise the collaboration funds by one yuan, from the version they
				// read.
				writers.add(() -> {
					for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
						JsonNode project = send(
								"query($id: ID!) { node(id: $id) { ... on Project { version collaborationFunds } } }",
								Map.of("id", key))
							.at("/data/node");
						BigDecimal raised = new BigDecimal(project.get("collaborationFunds").asString())
							.add(BigDecimal.ONE);
						JsonNode answer = send("""
								mutation($input: UpdateProjectInput!) {
								  updateProject(input: $input) { project { version } errors { code } }
								}
								""",
								Map.of("input", Map.of("id", key, "expectedVersion", project.get("version").asInt(),
										"funding", Map.of("collaborationFunds", raised.toPlainString()))));
						if (committed(answer, "updateProject", toldToRetry)) {
							return "raise";
						}
					}
					return null;
				});
			}
			else {
				// The other half record a transfer of 100 yuan for it.
				writers.add(() -> {
					Map<String, Object> transfer = new HashMap<>(Map.of("programme", "three-gorges-hubei", "from",
							"420100", "to", "420527", "amount", "100.00", "yearStart", 2015, "recurrence", "once",
							"project", key, "source", SOURCE));
					for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
						JsonNode answer = send("""
								mutation($input: RecordFundTransferInput!) {
								  recordFundTransfer(input: $input) { fundTransfer { key } errors { code } }
								}
								""", Map.of("input", transfer));
						if (committed(answer, "recordFundTransfer", toldToRetry)) {
							return "transfer";
						}
					}
					return null;
				});
			}
		}
		List<String> accepted = runTogether(writers);
		long raises = accepted.stream().filter("raise"::equals).count();
		long transfers = accepted.stream().filter("transfer"::equals).count();

		Map<String, Object> stored = this.driver.executableQuery("""
				MATCH (p:Project {key: $key})
				RETURN p.version AS version, p.collaborationFundsFen AS fen,
				       COUNT { (:FundTransfer)-[:FOR]->(p) } AS transfers,
				       [(t:FundTransfer)-[:FOR]->(p) | t.amountFen] AS amountsFen
				""").withParameters(Map.of("key", key)).execute().records().get(0).asMap();
		assertThat(raises).isPositive();
		assertThat(transfers).isPositive();
		assertThat(stored.get("version")).isEqualTo(1L + raises);
		// Amounts are stored in fen (hundredths of a yuan), exactly.
		assertThat(stored.get("fen")).isEqualTo(100 * raises);
		assertThat(stored.get("transfers")).isEqualTo(transfers);
		assertThat(((List<?>) stored.get("amountsFen")).stream().mapToLong((a) -> (Long) a).sum())
			.isEqualTo(100 * 100 * transfers);
		assertThat(toldToRetry.get()).as("the writers really collided").isPositive();
	}

	/**
	 * Whether the edit committed; a refusal that says to retry is counted, anything else
	 * fails the test.
	 */
	private static boolean committed(JsonNode answer, String mutation, AtomicInteger toldToRetry) {
		JsonNode errors = answer.path("errors");
		if (!errors.isEmpty()) {
			assertThat(errors.get(0).at("/extensions/classification").asString()).as(answer.toString())
				.isIn("RETRY", "ExecutionAborted");
			toldToRetry.incrementAndGet();
			return false;
		}
		JsonNode refusals = answer.at("/data/" + mutation + "/errors");
		if (!refusals.isEmpty()) {
			assertThat(refusals.get(0).get("code").asString()).as(answer.toString()).isEqualTo("CONFLICT");
			toldToRetry.incrementAndGet();
			return false;
		}
		return true;
	}

	/**
	 * Starts every writer at the same moment, waits for all of them, and returns what
	 * those whose edit was accepted wrote.
	 */
	private static List<String> runTogether(List<Callable<String>> writers) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(writers.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<String>> running = new ArrayList<>();
			for (Callable<String> writer : writers) {
				running.add(pool.submit(() -> {
					start.await();
					return writer.call();
				}));
			}
			start.countDown();
			List<String> accepted = new ArrayList<>();
			for (Future<String> writer : running) {
				String wrote = writer.get();
				if (wrote != null) {
					accepted.add(wrote);
				}
			}
			return accepted;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private long audited(String key) {
		return this.driver.executableQuery("MATCH (a:AuditEntry {entityKey: $key}) RETURN count(a) AS n")
			.withParameters(Map.of("key", key))
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

	private JsonNode send(String query, Map<String, Object> variables) {
		GraphQlPosts.Answer answer = GraphQlPosts.post(basic(COORDINATOR), query, variables, this.port);
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		return answer.body();
	}

}
