package org.pairingatlas.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pairingatlas.GraphQlTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Latency of each kind of API operation on the seed graph, over HTTP against the running
 * application: p50 and p95 after a warm-up. Not part of {@code ./mvnw verify}; run it
 * with {@code ./mvnw verify -Pbenchmark} and copy the table into
 * {@code docs/benchmarks.md}.
 */
class GraphQlApiBenchmark extends GraphQlTestSupport {

	private static final int WARM_UP = 30;

	private static final int RUNS = 200;

	private static final Map<String, String> OPERATIONS = new LinkedHashMap<>();

	static {
		OPERATIONS.put("look-up: region with parent chain and pairings",
				"{ region(code: \\\"420324\\\") { name ancestors { name } pairings { key supporter { ... on Region { name } } sources { document { number } } } } }");
		OPERATIONS.put("node(id)", "{ node(id: \\\"pair-miyun-zhuxi\\\") { id ... on Pairing { level } } }");
		OPERATIONS.put("list: pairings under 十堰, page of 20",
				"{ pairings(filter: {recipientRegion: \\\"420300\\\"}, first: 20) { totalCount edges { node { key supporter { ... on Region { name } } recipient { ... on Region { name } } } } } }");
		OPERATIONS.put("list: projects under 十堰 by name, page of 20",
				"{ projects(filter: {region: \\\"420300\\\"}, sort: NAME, first: 20) { totalCount edges { node { name category region { name } } } } }");
		OPERATIONS.put("search: pinyin \\\"shiyan\\\"",
				"{ search(text: \\\"shiyan\\\", first: 10) { score node { id } } }");
		OPERATIONS.put("search: Chinese \\\"竹溪\\\"", "{ search(text: \\\"竹溪\\\", first: 10) { score node { id } } }");
		OPERATIONS.put("neighbourhood depth 1 of 竹溪县",
				"{ neighbourhood(id: \\\"420324\\\", depth: 1) { nodes { id label } edges { source target type } } }");
		OPERATIONS.put("neighbourhood depth 2 of 竹溪县",
				"{ neighbourhood(id: \\\"420324\\\", depth: 2) { nodes { id label } edges { source target type } } }");
		OPERATIONS.put("shortest path 密云区 → 竹溪密云小学",
				"{ shortestPaths(from: \\\"110118\\\", to: \\\"org-zhuxi-miyun-primary-school\\\") { nodes { id } } }");
		OPERATIONS.put("coverage: 十堰 townships",
				"{ coverage(region: \\\"420300\\\", level: \\\"township\\\") { units pairedCount reported { value } } }");
		OPERATIONS.put("funding roll-up: 十堰 by category",
				"{ funding(filter: {region: \\\"420300\\\"}, groupBy: [CATEGORY]) { rows { category collaborationFunds } reported { value } } }");
		OPERATIONS.put("targets of 京鄂 with progress", "{ targets(programme: \\\"jing-e\\\") { key status progress } }");
		OPERATIONS.put("programmes with counts", "{ programmes { key counts { pairings projects } } }");
		OPERATIONS.put("mutation: attachSource (coordinator)",
				"mutation { attachSource(id: \\\"420325\\\", source: {document: \\\"D001\\\", excerpt: \\\"房县沙沟河综合治理项目\\\"}) { errors { code } } }");
	}

	@Test
	void measure_each_operation() throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		List<String> rows = new ArrayList<>();
		rows.add("| operation | p50 ms | p95 ms | runs |");
		rows.add("|---|---|---|---|");
		for (Map.Entry<String, String> operation : OPERATIONS.entrySet()) {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization",
						operation.getKey().startsWith("mutation")
								? "Basic " + java.util.Base64.getEncoder()
									.encodeToString((COORDINATOR + ":" + PASSWORD)
										.getBytes(java.nio.charset.StandardCharsets.UTF_8))
								: "Bearer " + READ_TOKEN)
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + operation.getValue() + "\"}"))
				.build();
			for (int i = 0; i < WARM_UP; i++) {
				http.send(request, HttpResponse.BodyHandlers.ofString());
			}
			long[] nanos = new long[RUNS];
			for (int i = 0; i < RUNS; i++) {
				long start = System.nanoTime();
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				nanos[i] = System.nanoTime() - start;
				assertThat(response.body()).as(operation.getKey()).doesNotContain("\"extensions\"");
			}
			Arrays.sort(nanos);
			rows.add("| %s | %.1f | %.1f | %d |".formatted(operation.getKey().replace("\\\"", "\""),
					nanos[RUNS / 2] / 1e6, nanos[(int) (RUNS * 0.95)] / 1e6, RUNS));
		}
		System.out.println("\nGraphQL API latency on the seed graph (sequential requests over loopback):\n"
				+ String.join("\n", rows) + "\n");
	}

}
