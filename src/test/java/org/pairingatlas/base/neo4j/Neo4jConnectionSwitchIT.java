package org.pairingatlas.base.neo4j;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.PairingAtlasApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no configuration the application runs its own Neo4j, on loopback, keeping its data
 * across restarts; with {@code spring.neo4j.uri} set it uses that database and starts
 * none of its own.
 */
class Neo4jConnectionSwitchIT {

	private static ConfigurableApplicationContext start(String... properties) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(PairingAtlasApplication.class);
		PairingAtlasApplication.commandLine(builder.application());
		// As command-line arguments, so they override application.properties as an
		// operator's would.
		List<String> arguments = new ArrayList<>(List.of("--pairing-atlas.seed.on-start=never"));
		Arrays.stream(properties).map((property) -> "--" + property).forEach(arguments::add);
		return builder.run(arguments.toArray(String[]::new));
	}

	@Test
	void without_configuration_an_embedded_database_serves_bolt_on_loopback_and_keeps_data_across_restarts() {
		Path folder = Neo4jTestSupport.freshFolder("pairing-atlas-embedded");
		try (ConfigurableApplicationContext first = start("pairing-atlas.neo4j.embedded.data-directory=" + folder)) {
			assertThat(first.getBeansOfType(DatabaseManagementService.class)).hasSize(1);
			assertThat(first.getBean(Neo4jConnectionDetails.class).getUri().toString()).startsWith("bolt://127.0.0.1:");
			first.getBean(Driver.class).executableQuery("CREATE (:Marker {name: 'kept'})").execute();
		}
		try (ConfigurableApplicationContext second = start("pairing-atlas.neo4j.embedded.data-directory=" + folder)) {
			var found = second.getBean(Driver.class)
				.executableQuery("MATCH (m:Marker {name: 'kept'}) RETURN count(m) AS n")
				.execute();
			assertThat(found.records().get(0).get("n").asInt()).isEqualTo(1);
		}
	}

	@Test
	void with_spring_neo4j_uri_the_external_database_is_used_and_none_is_embedded() {
		try (ExternalNeo4j external = ExternalNeo4j.start()) {
			try (ConfigurableApplicationContext app = start("spring.neo4j.uri=" + external.uri(),
					"spring.neo4j.authentication.username=neo4j",
					"spring.neo4j.authentication.password=" + external.password())) {
				assertThat(app.getBeansOfType(DatabaseManagementService.class)).isEmpty();
				app.getBean(Driver.class).executableQuery("CREATE (:Marker {name: 'external'})").execute();
			}
			try (Driver direct = GraphDatabase.driver(external.uri(), AuthTokens.basic("neo4j", external.password()))) {
				var found = direct.executableQuery("MATCH (m:Marker {name: 'external'}) RETURN count(m) AS n")
					.execute();
				assertThat(found.records().get(0).get("n").asInt()).isEqualTo(1);
			}
		}
	}

	/**
	 * A Neo4j server the application does not own: a Testcontainers Neo4j where Docker
	 * runs, otherwise a separate in-process server with authentication on, reached only
	 * over Bolt.
	 */
	private record ExternalNeo4j(String uri, String password, AutoCloseable stop) implements AutoCloseable {

		static ExternalNeo4j start() {
			if (Neo4jTestSupport.usesDocker()) {
				var container = Neo4jTestSupport.container();
				return new ExternalNeo4j(container.getBoltUrl(), container.getAdminPassword(), () -> {
				});
			}
			Path folder = Neo4jTestSupport.freshFolder("pairing-atlas-external");
			DatabaseManagementService server = new DatabaseManagementServiceBuilder(folder)
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				.setConfig(GraphDatabaseSettings.auth_enabled, false)
				.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
				.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
				.build();
			int port = ((GraphDatabaseAPI) server.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))
				.getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT)
				.getPort();
			return new ExternalNeo4j("bolt://127.0.0.1:" + port, "unused", server::shutdown);
		}

		@Override
		public void close() {
			try {
				this.stop.close();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
