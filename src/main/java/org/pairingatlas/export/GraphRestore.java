package org.pairingatlas.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.pairingatlas.seed.SeedLoader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Restores an export file (JSON or GraphML) into a database that holds no data yet, as
 * the same graph: the same labels, properties with their types, and relationships. It
 * reads the file twice. The first pass checks all of it and writes nothing, so a bad file
 * is refused with a {@link RestoreRefused} naming what is wrong. Then it applies the
 * application's schema migrations, refuses a file made with another schema, and writes
 * the nodes and relationships in batches.
 */
@Service
public class GraphRestore {

	static final int BATCH_SIZE = 10_000;

	private static final Log log = LogFactory.getLog(GraphRestore.class);

	private static final String DATA = """
			MATCH (n) WHERE NOT n:SchemaMigration
			RETURN count(n) AS nodes
			""";

	private static final String MIGRATIONS = """
			MATCH (m:SchemaMigration)
			RETURN m.version AS version, m.checksum AS checksum
			""";

	private final Driver driver;

	private final SeedLoader seed;

	private final int batchSize;

	/** A restore into the database {@code driver} connects to. */
	@Autowired
	public GraphRestore(Driver driver, SeedLoader seed) {
		this(driver, seed, BATCH_SIZE);
	}

	GraphRestore(Driver driver, SeedLoader seed, int batchSize) {
		this.driver = driver;
		this.seed = seed;
		this.batchSize = batchSize;
	}

	/**
	 * Restores {@code file}.
	 * @throws RestoreRefused if the database holds data or the file is not a good export;
	 * no data is written then (a file made with another schema is found out only after
	 * the application's own schema is applied)
	 */
	public GraphFileReport restore(Path file) {
		long started = System.nanoTime();
		GraphFormat format = check(file);
		RestoreBatches batches = write(file, format);
		GraphFileReport report = new GraphFileReport(file, batches.nodes(), batches.relationships(),
				Duration.ofNanos(System.nanoTime() - started));
		log.info("Restored " + report);
		return report;
	}

	/** Refuses what is wrong with the database or the file; writes only the schema. */
	private GraphFormat check(Path file) {
		GraphFormat format = GraphFormat.of(file)
			.orElseThrow(() -> new RestoreRefused(file, "", "an export file's name ends in .json or .graphml"));
		if (!Files.isRegularFile(file)) {
			throw new RestoreRefused(file, "", "there is no such file");
		}
		refuseUnlessEmpty(file);
		RestoreCheck check = new RestoreCheck(file);
		format.read(file, check);
		// The schema scripts are what the application applies on any start; a refusal
		// after them leaves the database as a start would.
		this.seed.migrate(this.driver);
		refuseAnotherSchema(file, check.migrations());
		return format;
	}

	private RestoreBatches write(Path file, GraphFormat format) {
		RestoreBatches batches = new RestoreBatches(this.driver, this.batchSize);
		batches.start();
		try {
			format.read(file, batches);
			batches.finish();
			return batches;
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("The restore of " + file + " stopped after writing " + batches.nodes()
					+ " nodes and " + batches.relationships()
					+ " relationships; empty the database before trying again: " + ex.getMessage(), ex);
		}
	}

	private void refuseUnlessEmpty(Path file) {
		long nodes = this.driver.executableQuery(DATA).execute().records().get(0).get("nodes").asLong();
		if (nodes > 0) {
			throw new RestoreRefused(file, "", "the database already holds " + nodes
					+ " nodes; a restore writes only into a database without data");
		}
	}

	private void refuseAnotherSchema(Path file, Map<String, String> inFile) {
		Map<String, String> here = new HashMap<>();
		this.driver.executableQuery(MIGRATIONS)
			.execute()
			.records()
			.forEach((row) -> here.put(row.get("version").asString(), row.get("checksum").asString()));
		List<String> differences = new ArrayList<>();
		TreeSet<String> versions = new TreeSet<>(here.keySet());
		versions.addAll(inFile.keySet());
		for (String version : versions) {
			if (!inFile.containsKey(version)) {
				differences.add("migration " + version + " is applied here but not in the file");
			}
			else if (!here.containsKey(version)) {
				differences.add("migration " + version + " is in the file but unknown to this application");
			}
			else if (!here.get(version).equals(inFile.get(version))) {
				differences.add("migration " + version + " has another checksum in the file");
			}
		}
		if (!differences.isEmpty()) {
			throw new RestoreRefused(file, "",
					"the file was made with another schema than this application's: " + String.join("; ", differences));
		}
	}

}
