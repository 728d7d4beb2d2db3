package org.pairingatlas.benchmark.scale;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.PairingAtlasApplication;
import org.pairingatlas.bulk.DivisionImport;
import org.pairingatlas.bulk.ImportProgress;
import org.pairingatlas.bulk.SyntheticImport;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application, started on an embedded database in its own folder, as a user
 * starts it, with one read token and one coordinator for the benchmark; plus a driver on
 * its Bolt port for the raw-Cypher floor.
 */
final class AtlasUnderTest implements AutoCloseable {

	static final String READ_TOKEN = "scale-benchmark-read-token";

	static final String COORDINATOR = "scale-benchmark-coordinator";

	static final String PASSWORD = "scale-benchmark-password";

	static final int HTTP_PORT = Integer.getInteger("scale.http-port", 8096);

	static final int BOLT_PORT = Integer.getInteger("scale.bolt-port", 7690);

	private static final String GRAPH_SIZE = """
			CALL () { MATCH (n) RETURN count(n) AS nodes }
			CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
			RETURN nodes, relationships
			""";

	private static final String IMPORT_JOBS = """
			MATCH (j:ImportJob) WHERE j.finishedAt IS NOT NULL
			RETURN j.key AS job, j.rowsDone AS rows, j.writingSeconds AS seconds
			ORDER BY j.startedAt
			""";

	private final ConfigurableApplicationContext context;

	private final Path folder;

	final Driver driver;

	private AtlasUnderTest(ConfigurableApplicationContext context, Path folder) {
		this.context = context;
		this.folder = folder;
		this.driver = GraphDatabase.driver("bolt://127.0.0.1:" + BOLT_PORT, AuthTokens.none());
	}

	static AtlasUnderTest start(Path folder) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("server.port", HTTP_PORT);
		properties.put("pairing-atlas.neo4j.embedded.data-directory", folder.toString());
		properties.put("pairing-atlas.neo4j.embedded.bolt-port", BOLT_PORT);
		properties.put("pairing-atlas.neo4j.embedded.page-cache", System.getProperty("scale.page-cache", "1g"));
		properties.put("vaadin.devmode.devTools.enabled", false);
		properties.put("spring.main.banner-mode", "off");
		properties.put("logging.level.root", "WARN");
		properties.put("pairing-atlas.security.tokens[0].name", "scale-benchmark");
		properties.put("pairing-atlas.security.tokens[0].sha256", Neo4jTestSupport.sha256(READ_TOKEN));
		properties.put("pairing-atlas.security.tokens[0].scopes", "read");
		properties.put("pairing-atlas.security.coordinators[0].username", COORDINATOR);
		properties.put("pairing-atlas.security.coordinators[0].password", "{noop}" + PASSWORD);
		// As command-line arguments, which outrank application.properties; the builder's
		// own properties are only defaults.
		String[] arguments = properties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PairingAtlasApplication.class)
			.run(arguments);
		return new AtlasUnderTest(context, folder);
	}

	/** Loads the size's layers; a layer an earlier run loaded is skipped by its job. */
	void load(GraphSize size, Path divisions) throws IOException {
		ImportProgress progress = ImportProgress.console();
		if (size.divisionsDownTo() != null) {
			this.context.getBean(DivisionImport.class).run(divisions, size.divisionsDownTo(), 10_000, progress);
		}
		if (size.syntheticPairs() > 0) {
			this.context.getBean(SyntheticImport.class).run(42, size.syntheticPairs(), 10_000, progress);
		}
	}

	SyntheticImport synthetic() {
		return this.context.getBean(SyntheticImport.class);
	}

	/** The graph's nodes and relationships. */
	long[] count() {
		try (Session session = this.driver.session()) {
			var row = session.run(GRAPH_SIZE).single();
			return new long[] { row.get("nodes").asLong(), row.get("relationships").asLong() };
		}
	}

	/**
	 * Every finished import job: its rows and the seconds its runs spent writing them.
	 */
	List<Map<String, Object>> importJobs() {
		try (Session session = this.driver.session()) {
			return session.run(IMPORT_JOBS).list((row) -> row.asMap());
		}
	}

	/** Bytes of heap in use after a collection, and the process's resident memory. */
	long[] memory() throws IOException {
		System.gc();
		long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		long resident = Files.readAllLines(Path.of("/proc/self/status"))
			.stream()
			.filter((line) -> line.startsWith("VmRSS:"))
			.map((line) -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
			.findFirst()
			.orElse(-1L);
		return new long[] { heap, resident };
	}

	long storeBytes() throws IOException {
		try (Stream<Path> files = Files.walk(this.folder)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
		}
	}

	@Override
	public void close() {
		this.driver.close();
		this.context.close();
	}

}
