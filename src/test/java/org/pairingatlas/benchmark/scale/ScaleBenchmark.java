package org.pairingatlas.benchmark.scale;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pairingatlas.bulk.ImportProgress;
import org.pairingatlas.explorer.Browser;

/**
 * The national-scale benchmark: at three graph sizes (the seed, about ten times it, and
 * the national division tree with a national-size synthetic network), each question is
 * asked through our GraphQL API over HTTP, as the best raw Cypher over Bolt on the same
 * database (the floor), and through the Neo4j GraphQL Library on Apollo Server (the
 * peer). Latency percentiles come from sequential calls, throughput from concurrent
 * clients. Then the API is asked while a bulk import runs, and the explorer is opened at
 * each size. The report goes to {@code target/scale-benchmark.md}. Run it with
 * {@code bench/run.sh} (see {@code docs/national-scale.md}); it is not part of
 * {@code ./mvnw verify}.
 */
class ScaleBenchmark {

	private static final Path DATA = Path.of(System.getProperty("scale.data", "target/scale-data"));

	private static final Path DIVISIONS = Path
		.of(System.getProperty("scale.divisions", "graph-seed/national/.cache/package/dist"));

	private static final List<String> SIZES = List
		.of(System.getProperty("scale.sizes", "seed,tenfold,national").split(","));

	/**
	 * Only the questions whose names contain one of these words, and neither the explorer
	 * nor the import: for trying one change quickly, not for the report.
	 */
	private static final List<String> ONLY = List.of(System.getProperty("scale.questions", "").split(","))
		.stream()
		.filter((word) -> !word.isBlank())
		.toList();

	private static final Duration SECONDS = Duration.ofSeconds(Long.getLong("scale.seconds", 3));

	private static final int CLIENTS = Integer.getInteger("scale.clients", 4);

	private static final int NATIONAL_PAIRS = Integer.getInteger("scale.national-pairs", 1000);

	private static final int MINIMUM_CALLS = 20;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@Test
	void ask_each_question_three_ways_at_each_size() throws Exception {
		ScaleReport report = new ScaleReport(SECONDS, CLIENTS);
		List<GraphSize> sizes = GraphSize.all(NATIONAL_PAIRS)
			.stream()
			.filter((size) -> SIZES.contains(size.name()))
			.toList();
		if (sizes.stream().anyMatch((size) -> size.divisionsDownTo() != null)
				&& !Files.isRegularFile(DIVISIONS.resolve("villages.csv"))) {
			throw new IllegalStateException(
					"No division tree in " + DIVISIONS + ": run graph-seed/national/fetch-divisions.sh first");
		}
		for (GraphSize size : sizes) {
			System.out.println("\n== " + size.name() + ": " + size.description());
			try (AtlasUnderTest atlas = AtlasUnderTest.start(DATA.resolve(size.name()))) {
				atlas.load(size, DIVISIONS);
				report.size(size, atlas.count(), atlas.storeBytes(), atlas.importJobs());
				try (PeerServer peer = PeerServer.start(AtlasUnderTest.BOLT_PORT)) {
					// A pass over every question first, so the JIT has compiled the
					// shared paths (HTTP, parsing, Bolt) before the first measurement.
					for (Question question : questions()) {
						for (Load.Call call : ways(question, atlas, peer).values()) {
							Load.run(call, 1, Duration.ofSeconds(1), 5);
						}
					}
					for (Question question : questions()) {
						report.question(size, question, ask(question, atlas, peer));
					}
				}
				if (!ONLY.isEmpty()) {
					continue;
				}
				report.explorer(size, explorerPaints(), atlas.memory());
				if (size.name().equals(sizes.getLast().name()) && size.syntheticPairs() > 0) {
					report.duringImport(size, duringImport(atlas));
				}
			}
		}
		Path file = Path.of("target/scale-benchmark.md");
		Files.writeString(file, report.markdown());
		System.out.println("\n" + report.markdown() + "\nWritten to " + file.toAbsolutePath());
	}

	private static List<Question> questions() {
		return Questions.all()
			.stream()
			.filter((question) -> ONLY.isEmpty() || ONLY.stream().anyMatch(question.name()::contains))
			.toList();
	}

	/** One question three ways: sequential latency, then concurrent throughput. */
	private Map<String, Load.Measured> ask(Question question, AtlasUnderTest atlas, PeerServer peer) throws Exception {
		Map<String, Load.Measured> results = new LinkedHashMap<>();
		for (Map.Entry<String, Load.Call> way : ways(question, atlas, peer).entrySet()) {
			Load.Result warmUp = Load.run(way.getValue(), 1, Duration.ofSeconds(1), 5);
			if (warmUp.errors() > 0) {
				System.out.println("   " + question.name() + " [" + way.getKey() + "]: " + warmUp.firstError());
			}
			Load.Result latency = Load.run(way.getValue(), 1, SECONDS, MINIMUM_CALLS);
			Load.Result throughput = Load.run(way.getValue(), CLIENTS, SECONDS, MINIMUM_CALLS);
			results.put(way.getKey(), new Load.Measured(latency, throughput));
			System.out.printf("   %-45s %-5s p50 %7.1f ms  p95 %7.1f ms  %7.1f/s  errors %d%n", question.name(),
					way.getKey(), latency.percentile(0.5), latency.percentile(0.95), throughput.perSecond(),
					latency.errors() + throughput.errors());
		}
		return results;
	}

	private Map<String, Load.Call> ways(Question question, AtlasUnderTest atlas, PeerServer peer) {
		Map<String, Load.Call> ways = new LinkedHashMap<>();
		ways.put("ours", OurApi.call(this.http, question));
		ways.put("floor", floor(question, atlas));
		if (question.peer() != null) {
			String body = peer.body(question.peer(), question.peerVariables());
			ways.put("peer", OurApi.post(this.http, peer.url(), body, null));
		}
		return ways;
	}

	private Load.Call floor(Question question, AtlasUnderTest atlas) {
		TransactionCallback<Integer> work = (tx) -> tx.run(question.cypher(), question.parameters()).list().size();
		return () -> {
			try (Session session = atlas.driver.session()) {
				int rows = question.writes() ? session.executeWrite(work) : session.executeRead(work);
				if (rows == 0 && question.writes()) {
					throw new IllegalStateException("the mutation matched nothing");
				}
			}
		};
	}

	/**
	 * Opens 十堰's network in the explorer, in headless Chromium, and times navigation to
	 * the drawn network; the first opening warms up.
	 */
	private long[] explorerPaints() throws Exception {
		ChromeDriver browser = Browser.start();
		try {
			long[] millis = new long[6];
			for (int i = 0; i < millis.length; i++) {
				millis[i] = Browser.firstPaint(browser,
						"http://127.0.0.1:" + AtlasUnderTest.HTTP_PORT + "/explore?show=420300&open=420300");
			}
			return java.util.Arrays.copyOfRange(millis, 1, millis.length);
		}
		finally {
			browser.quit();
		}
	}

	/**
	 * Asks a mix of reads while a second synthetic network (seed 7, 300 county pairs) is
	 * imported beside the app, then removes it again so the next run finds the same
	 * graph.
	 */
	private ScaleReport.DuringImport duringImport(AtlasUnderTest atlas) throws Exception {
		List<Question> reads = Questions.all()
			.stream()
			.filter((q) -> q.name().startsWith("look-up") || q.name().startsWith("search: pinyin")
					|| q.name().startsWith("neighbourhood depth 2") || q.name().equals("coverage: 十堰 townships"))
			.toList();
		long started = System.nanoTime();
		CompletableFuture<Integer> importing = CompletableFuture.supplyAsync(() -> atlas.synthetic()
			.run(7, 300, 10_000, ImportProgress.silent())
			.stream()
			.mapToInt((step) -> step.written())
			.sum());
		Map<String, List<Long>> latencies = new LinkedHashMap<>();
		Map<String, Integer> errors = new LinkedHashMap<>();
		reads.forEach((q) -> {
			latencies.put(q.name(), new ArrayList<>());
			errors.put(q.name(), 0);
		});
		List<Load.Call> calls = reads.stream().map((q) -> OurApi.call(this.http, q)).toList();
		while (!importing.isDone()) {
			for (int i = 0; i < reads.size(); i++) {
				long start = System.nanoTime();
				try {
					calls.get(i).run();
					latencies.get(reads.get(i).name()).add(System.nanoTime() - start);
				}
				catch (Exception ex) {
					errors.merge(reads.get(i).name(), 1, Integer::sum);
				}
			}
		}
		int rows = importing.get();
		double seconds = (System.nanoTime() - started) / 1e9;
		try (Session session = atlas.driver.session()) {
			session.run("""
					MATCH (:Source {key: 'synthetic-7-300'})<-[:CITES]-(n:Synthetic) WHERE NOT n:Programme
					CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
					""").consume();
			session.run("""
					MATCH (x) WHERE (x:Source AND x.key = 'synthetic-7-300')
					   OR (x:ImportJob AND x.key STARTS WITH 'synthetic-7-300:')
					DETACH DELETE x
					""").consume();
		}
		return new ScaleReport.DuringImport(rows, seconds, latencies, errors);
	}

}
