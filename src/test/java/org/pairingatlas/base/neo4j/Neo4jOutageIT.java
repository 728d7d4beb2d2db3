package org.pairingatlas.base.neo4j;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.PairingAtlasApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An external Neo4j that is not there when the application starts, or goes away while it
 * runs: requests get an error that says so (never a 500 or an internal error), readiness
 * turns DOWN, and when the database is back the application serves again without a
 * restart. The database here is a server in this process that the test stops and starts
 * on the same address, with or without Docker: a container restarted by Testcontainers
 * comes back on another port, which is a different fault.
 */
class Neo4jOutageIT {

	private static final String TOKEN = "outage-test-token";

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void without_its_database_the_application_says_so_reports_not_ready_and_recovers_without_a_restart()
			throws Exception {
		int boltPort = freePort();
		Path folder = Neo4jTestSupport.freshFolder("pairing-atlas-outage");
		DatabaseManagementService server = null;
		try (ConfigurableApplicationContext app = start(boltPort)) {
			int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);

			// Unreachable at start: the application starts, alive but not ready.
			assertThat(get(port, "/actuator/health/liveness").statusCode()).isEqualTo(200);
			assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(503);
			assertUnavailable(programmes(port));

			// The database comes up: the application applies the schema and the seed and
			// serves.
			server = startServer(folder, boltPort);
			awaitReady(port);
			HttpResponse<String> served = programmes(port);
			assertThat(served.body()).doesNotContain("errors").contains("\"id\":\"jing-e\"");

			// It goes away under the running application, whose pooled connections break.
			server.shutdown();
			server = null;
			assertUnavailable(programmes(port));
			assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(503);

			// It comes back with its data: the same application serves it again.
			server = startServer(folder, boltPort);
			awaitReady(port);
			assertThat(programmes(port).body()).isEqualTo(served.body());
		}
		finally {
			if (server != null) {
				server.shutdown();
			}
		}
	}

	private void assertUnavailable(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"classification\":\"DATABASE_UNAVAILABLE\"")
			.contains("the database cannot be reached just now")
			.doesNotContain("INTERNAL_ERROR", "Exception");
	}

	private void awaitReady(int port) {
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> get(port, "/actuator/health/readiness").statusCode() == 200);
	}

	private static ConfigurableApplicationContext start(int boltPort) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(PairingAtlasApplication.class);
		return builder.run("--server.port=0", "--spring.neo4j.uri=bolt://127.0.0.1:" + boltPort,
				"--pairing-atlas.seed.retry-interval=200ms", "--vaadin.devmode.devTools.enabled=false",
				"--pairing-atlas.security.tokens[0].name=outage-test",
				"--pairing-atlas.security.tokens[0].sha256=" + Neo4jTestSupport.sha256(TOKEN));
	}

	private static DatabaseManagementService startServer(Path folder, int boltPort) {
		return new DatabaseManagementServiceBuilder(folder).setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
			.build();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

	private HttpResponse<String> programmes(int port) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + TOKEN)
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ programmes { id name } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
