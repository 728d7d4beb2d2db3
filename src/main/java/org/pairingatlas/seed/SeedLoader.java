package org.pairingatlas.seed;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.pairingatlas.base.edit.SourceTexts;

import org.pairingatlas.base.neo4j.SeedApplied;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * Applies the seed to the connected database: the schema migrations, then every data file
 * in name order, each in its own transaction, then the consistency check. Applying it
 * twice gives the same graph as applying it once. A file with a malformed row or a bad
 * value stops the run before anything is written; one whose references do not hold (an
 * unknown key, say) stops it with nothing of that file written.
 */
@Service
public class SeedLoader {

	private static final Log log = LogFactory.getLog(SeedLoader.class);

	// Each data file is recorded in the transaction that writes it, so a seed cut short
	// (the process killed between two files) lacks the records of the files it never
	// wrote.
	private static final String SEEDED = """
			RETURN all(name IN $names WHERE EXISTS { (:SeedFile {name: name}) }) AS seeded
			""";

	// The seed's documents keep their text beside them as registered ones do, so that
	// both
	// are searched alike.
	private static final String DOCUMENT_TEXTS = """
			UNWIND $texts AS document
			MATCH (s:Source {key: document.key})
			MERGE (s)-[:HAS_TEXT]->(t:SourceText)
			SET t.text = document.text
			""";

	private final Driver driver;

	private final ResourceLoader resourceLoader;

	private final SeedProperties properties;

	private final ApplicationEventPublisher events;

	SeedLoader(Driver driver, ResourceLoader resourceLoader, SeedProperties properties,
			ApplicationEventPublisher events) {
		this.driver = driver;
		this.resourceLoader = resourceLoader;
		this.properties = properties;
		this.events = events;
	}

	/**
	 * Whether every data file of the configured seed has been applied to this database; a
	 * seed cut short counts as not applied, and applying it again completes it.
	 */
	public boolean isSeeded() {
		List<String> names = dataFiles(location(this.properties.location())).stream()
			.map((file) -> String.valueOf(file.getFilename()))
			.toList();
		try (Session session = this.driver.session()) {
			return session
				.executeRead((tx) -> tx.run(SEEDED, Map.of("names", names)).single().get("seeded").asBoolean());
		}
	}

	/** Applies the schema migrations not yet applied, and returns how many that was. */
	public int migrate() {
		return migrate(this.driver);
	}

	/**
	 * Applies the schema migrations not yet applied to the database {@code target}
	 * connects to (a restore's, say), and returns how many that was.
	 */
	public int migrate(Driver target) {
		return new SchemaMigrations(target).apply(location(this.properties.location()));
	}

	/** Applies the configured seed. */
	public SeedReport apply() {
		return apply(location(this.properties.location()));
	}

	/**
	 * Applies the seed in the given folder (one holding {@code schema/}, {@code data/},
	 * {@code documents/}).
	 */
	public SeedReport apply(Resource seedLocation) {
		long started = System.nanoTime();
		// Every row of every file is read and validated before the first write, so a bad
		// value anywhere leaves the database as it was.
		List<SeedFile> files = dataFiles(seedLocation).stream().map(SeedFile::read).toList();
		List<List<SeedRecord>> converted = files.stream().map(SeedLoader::records).toList();
		int migrations = new SchemaMigrations(this.driver).apply(seedLocation);
		SourceTexts sourceTexts = new SourceTexts(seedLocation);
		SeedWriter writer = new SeedWriter(sourceTexts);
		int rows = 0;
		try (Session session = this.driver.session()) {
			for (int i = 0; i < files.size(); i++) {
				SeedFile file = files.get(i);
				List<SeedRecord> records = converted.get(i);
				long fileStarted = System.nanoTime();
				session.executeWriteWithoutResult((tx) -> writer.write(tx, file, records));
				rows += file.rows().size();
				if (log.isDebugEnabled()) {
					log.debug("Loaded %s (%d rows) in %d ms".formatted(file.name(), file.rows().size(),
							(System.nanoTime() - fileStarted) / 1_000_000));
				}
			}
			List<Map<String, Object>> texts = documentTexts(converted, sourceTexts);
			session.executeWriteWithoutResult((tx) -> tx.run(DOCUMENT_TEXTS, Map.of("texts", texts)).consume());
			int discrepancies = session.executeWrite((tx) -> new ConsistencyCheck().run(tx));
			SeedReport report = new SeedReport(migrations, files.size(), rows, discrepancies,
					java.time.Duration.ofNanos(System.nanoTime() - started));
			log.info("Seed applied: " + report);
			this.events.publishEvent(new SeedApplied());
			return report;
		}
	}

	/**
	 * The text of each seed document with a file, as it is kept beside registered ones.
	 */
	private static List<Map<String, Object>> documentTexts(List<List<SeedRecord>> converted, SourceTexts texts) {
		List<Map<String, Object>> documents = new java.util.ArrayList<>();
		converted.stream()
			.flatMap(List::stream)
			.filter((record) -> "Source".equals(record.label()))
			.forEach((record) -> {
				if (record.properties().get("file") instanceof String file) {
					texts.raw(file).ifPresent((text) -> documents.add(Map.of("key", record.key(), "text", text)));
				}
			});
		return documents;
	}

	/**
	 * Parses and validates every row before anything is written, refusing duplicate keys.
	 */
	static List<SeedRecord> records(SeedFile file) {
		Map<String, Integer> lines = new HashMap<>();
		List<SeedRecord> records = file.rows().stream().map((row) -> SeedRecords.convert(file.kind(), row)).toList();
		for (SeedRecord record : records) {
			String key = (file.kind() == SeedKind.CITATIONS) ? record.row().required("key") : record.key();
			Integer first = lines.putIfAbsent(key, record.row().line());
			if (first != null) {
				throw record.row().error("key", key, "is already used on line " + first + " of this file");
			}
		}
		return records;
	}

	Resource location(String location) {
		return location(this.resourceLoader, location);
	}

	/** The seed folder a {@code pairing-atlas.seed.location} names. */
	public static Resource location(ResourceLoader resourceLoader, String location) {
		String folder = location.endsWith("/") ? location : location + "/";
		return resourceLoader.getResource(folder);
	}

	/**
	 * The key and label of every node the seed in {@code seedLocation} writes, read and
	 * validated without a database: what a store written before the database starts must
	 * leave for the seed to fill in.
	 */
	public static Map<String, String> labelsByKey(Resource seedLocation) {
		Map<String, String> labels = new HashMap<>();
		for (Resource resource : dataFiles(seedLocation)) {
			SeedFile file = SeedFile.read(resource);
			if (file.kind() != SeedKind.CITATIONS) {
				records(file).forEach((record) -> labels.put(record.key(), record.label()));
			}
		}
		return labels;
	}

	private static List<Resource> dataFiles(Resource seedLocation) {
		try {
			String pattern = seedLocation.getURL().toString() + "data/*.csv";
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(pattern);
			return Arrays.stream(found).sorted(Comparator.comparing((r) -> String.valueOf(r.getFilename()))).toList();
		}
		catch (IOException ex) {
			throw new SeedException(seedLocation.getDescription(), "seed files cannot be listed: " + ex.getMessage());
		}
	}

}
