package org.pairingatlas.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pairingatlas.Neo4jTestSupport;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators rely on: health with liveness and readiness probes for anyone,
 * Prometheus metrics for HTTP, GraphQL and the Neo4j pool behind a token, and a request
 * id in every response and log line.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperationsIT extends Neo4jTestSupport {

	private static final String REQUESTS_LOGGER = "org.pairingatlas.requests";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void health_and_its_probes_answer_anyone_without_details() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
				"/livez", "/readyz" }) {
			HttpResponse<String> health = get(path, null);
			assertThat(health.statusCode()).as(path).isEqualTo(200);
			assertThat(health.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("neo4j", "details");
		}
	}

	@Test
	void metrics_need_the_metrics_scope_or_a_coordinator() throws Exception {
		assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/prometheus", bearer(READ_TOKEN)).statusCode()).isEqualTo(403);
		assertThat(get("/actuator/prometheus", "Bearer not-a-token").statusCode()).isEqualTo(401);
		assertThat(get("/actuator/prometheus", basic(COORDINATOR)).statusCode()).isEqualTo(200);
	}

	@Test
	void prometheus_reports_request_latency_graphql_timings_and_the_neo4j_pool() throws Exception {
		HttpResponse<String> answer = graphQl("{ programmes { id } }", null);
		assertThat(answer.statusCode()).isEqualTo(200);
		String metrics = get("/actuator/prometheus", basic(COORDINATOR)).body();
		assertThat(metrics).contains("http_server_requests_seconds_bucket{")
			.contains("uri=\"/graphql\"")
			.contains("graphql_request_seconds_bucket{")
			.contains("graphql_datafetcher_seconds_count{")
			.contains("db_client_connection_count{")
			.contains("db_client_connection_max{");
	}

	@Test
	void every_response_carries_a_request_id_and_a_plain_one_from_the_caller_is_kept() throws Exception {
		HttpResponse<String> generated = graphQl("{ programmes { id } }", null);
		assertThat(generated.headers().firstValue("X-Request-Id")).hasValueSatisfying(
				(id) -> assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
		assertThat(graphQl("{ programmes { id } }", "partner-4711").headers().firstValue("X-Request-Id"))
			.hasValue("partner-4711");
		// An id that could forge or break a log line is replaced, not logged.
		assertThat(graphQl("{ programmes { id } }", "x\" level=ERROR").headers().firstValue("X-Request-Id"))
			.hasValueSatisfying((id) -> assertThat(id).doesNotContain("\"", " "));
	}

	@Test
	void log_lines_written_during_a_request_carry_its_id(CapturedOutput output) throws Exception {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel(REQUESTS_LOGGER, LogLevel.DEBUG);
		try {
			graphQl("{ programmes { id } }", "ops-trace-0815");
		}
		finally {
			logging.setLogLevel(REQUESTS_LOGGER, null);
		}
		assertThat(output.getOut()).containsPattern("\\[ops-trace-0815\\].*POST /graphql answered 200 in \\d+ ms");
	}

	private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> graphQl(String query, String requestId) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", bearer(READ_TOKEN))
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query + "\"}"));
		if (requestId != null) {
			request.header("X-Request-Id", requestId);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
