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
import org.pairingatlas.benchmark.scale.Question;
import org.pairingatlas.benchmark.scale.Questions;

import tools.jackson.databind.json.JsonMapper;

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

	// The scale benchmark's questions, asked here of our API alone, plus one the peer
	// has no equivalent for.
	private static final Map<String, String> OPERATIONS = new LinkedHashMap<>();

	static {
		OPERATIONS.put("targets of 京鄂 with progress", "{ targets(programme: \"jing-e\") { key status progress } }");
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void measure_each_operation() throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		List<String> rows = new ArrayList<>();
		rows.add("| operation | p50 ms | p95 ms | runs |");
		rows.add("|---|---|---|---|");
		List<Question> questions = new ArrayList<>(Questions.all());
		OPERATIONS.forEach(
				(name, document) -> questions.add(new Question(name, document, "", Map.of(), null, Map.of(), false)));
		for (Question question : questions) {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", question.writes() ? "Basic " + java.util.Base64.getEncoder()
					.encodeToString((COORDINATOR + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8))
						: "Bearer " + READ_TOKEN)
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", question.graphQl()))))
				.build();
			for (int i = 0; i < WARM_UP; i++) {
				http.send(request, HttpResponse.BodyHandlers.ofString());
			}
			long[] nanos = new long[RUNS];
			for (int i = 0; i < RUNS; i++) {
				long start = System.nanoTime();
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				nanos[i] = System.nanoTime() - start;
				assertThat(response.body()).as(question.name()).doesNotContain("\"extensions\"");
			}
			Arrays.sort(nanos);
			rows.add("| %s | %.1f | %.1f | %d |".formatted(question.name(), nanos[RUNS / 2] / 1e6,
					nanos[(int) (RUNS * 0.95)] / 1e6, RUNS));
		}
		System.out.println("\nGraphQL API latency on the seed graph (sequential requests over loopback):\n"
				+ String.join("\n", rows) + "\n");
	}

}
