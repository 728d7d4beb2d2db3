package org.pairingatlas.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The application's data folder opened in the test's own JVM, the way the embedded
 * configuration opens it (so a killed store is recovered exactly as on a restart), with
 * Bolt on a free loopback port for code that takes a driver.
 */
final class StoreFolder implements AutoCloseable {

	private final DatabaseManagementService service;

	private final GraphDatabaseService database;

	private final Driver driver;

	private StoreFolder(DatabaseManagementService service) {
		this.service = service;
		this.database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		int port = ((GraphDatabaseAPI) this.database).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
		this.driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none());
	}

	static StoreFolder open(Path folder) {
		return new StoreFolder(
				new DatabaseManagementServiceBuilder(folder.toAbsolutePath()).setConfig(BoltConnector.enabled, true)
					.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
					.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
					.setConfig(GraphDatabaseSettings.auth_enabled, false)
					.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse("64m"))
					.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
					.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
					.build());
	}

	/**
	 * Copies a folder no process has open, file by file: of a killed application's folder
	 * that is the image a crash leaves, recovered when it is opened.
	 */
	static Path copy(Path from, Path to) {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target);
				}
			}
			return to;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	GraphDatabaseService database() {
		return this.database;
	}

	Driver driver() {
		return this.driver;
	}

	/** The single column of every row of a query. */
	<T> List<T> column(String cypher, Class<T> type) {
		return this.database.executeTransactionally(cypher, Map.of(),
				(result) -> result.stream().map((row) -> type.cast(row.values().iterator().next())).toList());
	}

	@Override
	public void close() {
		this.driver.close();
		this.service.shutdown();
	}

}
