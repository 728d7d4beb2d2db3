package org.pairingatlas.bulk;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.base.neo4j.EmbeddedStorePreparation;
import org.pairingatlas.search.SearchTerms;
import org.pairingatlas.seed.SeedLoader;
import org.pairingatlas.seed.SeedProperties;
import picocli.CommandLine;

import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Writes the division tree into a new embedded store with Neo4j's offline importer (what
 * {@code neo4j-admin database import full} runs) before the database opens it, instead of
 * in transactions through Bolt. The graph it leaves, once the seed has filled in what the
 * seed holds, is the one the batched {@link DivisionImport} writes on top of the seed:
 * the same nodes, properties, relationships and finished job.
 * <p>
 * The importer fills only a database that does not exist yet, so this is for a first
 * national load on the embedded database. Units the seed holds are not written; the ones
 * the tree hangs from are left as bare nodes with their key and label, which the seed's
 * {@code MERGE} fills in at the first start. The store is written in a folder beside the
 * data directory and moved into it when complete, so a build cut short leaves nothing the
 * database would open.
 */
@Component
class NewStoreBuild implements EmbeddedStorePreparation {

	private static final Log log = LogFactory.getLog(NewStoreBuild.class);

	private static final String DATABASE = "neo4j";

	private final ImportProperties properties;

	private final SeedProperties seed;

	private final ResourceLoader resourceLoader;

	private @Nullable Outcome outcome;

	NewStoreBuild(ImportProperties properties, SeedProperties seed, ResourceLoader resourceLoader) {
		this.properties = properties;
		this.seed = seed;
		this.resourceLoader = resourceLoader;
	}

	/**
	 * What the build did, or {@code null} if the embedded database never asked (an
	 * external database, or no new store requested).
	 */
	@Nullable Outcome outcome() {
		return this.outcome;
	}

	@Override
	public void prepare(Path dataDirectory) {
		if (!this.properties.newStore()) {
			return;
		}
		String divisions = this.properties.divisions();
		if (divisions == null) {
			throw new IllegalArgumentException(
					"pairing-atlas.import.new-store writes the division tree, so it needs pairing-atlas.import.divisions");
		}
		this.properties.requireValidBatchSize();
		if (!ByteBuffer.class.getModule().isOpen(ByteBuffer.class.getPackageName(), getClass().getModule())) {
			throw new IllegalStateException("pairing-atlas.import.new-store runs Neo4j's offline importer, which needs"
					+ " the JVM option --add-opens=java.base/java.nio=ALL-UNNAMED; ./mvnw spring-boot:run and the"
					+ " packaged jar set it, a java command of your own must too");
		}
		Path home = dataDirectory.toAbsolutePath().normalize();
		if (Files.exists(home.resolve("data/databases").resolve(DATABASE))) {
			log.info("The embedded store in " + home + " already holds a database, and the offline importer only"
					+ " fills a new one: the batched import adds whatever of the tree is missing instead.");
			this.outcome = new Outcome(null);
			return;
		}
		try {
			this.outcome = new Outcome(build(Path.of(divisions), home, ImportProgress.console()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The new store could not be written: " + ex.getMessage(), ex);
		}
	}

	private BatchImport.Step build(Path divisions, Path home, ImportProgress progress) throws IOException {
		long started = System.nanoTime();
		String deepest = this.properties.divisionsDownTo();
		List<DivisionTree.Unit> units = DivisionTree.read(divisions, deepest);
		Map<String, String> seeded = SeedLoader
			.labelsByKey(SeedLoader.location(this.resourceLoader, this.seed.location()));
		String sourceLabel = seeded.get(DivisionTree.SOURCE);
		if (sourceLabel == null) {
			throw new IllegalArgumentException("The seed holds no source '" + DivisionTree.SOURCE
					+ "' for the division units to cite, so the tree cannot be imported");
		}
		Path staging = home.resolveSibling(home.getFileName() + ".new-store");
		FileSystemUtils.deleteRecursively(staging);
		Path files = Files.createDirectories(staging.resolve("files"));
		String job = DivisionImport.job(deepest);
		StoreFiles.Counts counts = writeFiles(files, units, seeded, sourceLabel, job, progress);
		Duration filesTook = Duration.ofNanos(System.nanoTime() - started);
		long importStarted = System.nanoTime();
		runImporter(staging.resolve("home"), files);
		Duration importTook = Duration.ofNanos(System.nanoTime() - importStarted);
		moveInto(staging.resolve("home"), home);
		FileSystemUtils.deleteRecursively(staging);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		log.info(("New store written in %.1f s: %,d nodes and %,d relationships (%,.0f nodes/s); reading the tree and"
				+ " writing the files %.1f s, Neo4j's importer %.1f s (%,.0f nodes/s)")
			.formatted(took.toMillis() / 1000.0, counts.nodes(), counts.relationships(),
					counts.nodes() / (took.toNanos() / 1e9), filesTook.toMillis() / 1000.0,
					importTook.toMillis() / 1000.0, counts.nodes() / (importTook.toNanos() / 1e9)));
		return new BatchImport.Step(job + " (new store)", units.size(), (int) counts.units(), 0, took);
	}

	/**
	 * The importer's input: the bare nodes the seed will fill in, the units it lacks, and
	 * the finished job, with every unit's parent and citation.
	 */
	private StoreFiles.Counts writeFiles(Path folder, List<DivisionTree.Unit> units, Map<String, String> seeded,
			String sourceLabel, String job, ImportProgress progress) throws IOException {
		Set<String> bare = new LinkedHashSet<>();
		bare.add(DivisionTree.SOURCE);
		for (DivisionTree.Unit unit : units) {
			if (!seeded.containsKey(unit.key()) && seeded.containsKey(unit.parent())) {
				bare.add(unit.parent());
			}
		}
		Map<String, Long> ids = new HashMap<>(units.size() * 2);
		try (StoreFiles store = new StoreFiles(folder)) {
			StoreFiles.Table placeholders = store.nodes("placeholders", List.of("key"));
			for (String key : bare) {
				String label = (key.equals(DivisionTree.SOURCE)) ? sourceLabel : seeded.get(key);
				ids.put(key, placeholders.row(List.of("Entity", label), key));
			}
			List<String> columns = new ArrayList<>(List.of("key", "code", "name", "level", "levelRank:long",
					"official:boolean", "confirmed:boolean", "origin"));
			columns.addAll(EntityTypes.SEARCH_PROPERTIES);
			StoreFiles.Table written = store.nodes("units", columns);
			StoreFiles.Table partOf = store.relationships("PART_OF", List.of("origin"));
			StoreFiles.Table cites = store.relationships("CITES", List.of("excerpt", "origin"));
			long source = ids.get(DivisionTree.SOURCE);
			progress.start("new store: " + job, units.size(), 0);
			int done = 0;
			for (DivisionTree.Unit unit : units) {
				if (!seeded.containsKey(unit.key())) {
					Map<String, Object> search = SearchTerms.propertiesOf(unit.name(), unit.levelRank());
					List<@Nullable Object> values = new ArrayList<>(List.of(unit.key(), unit.key(), unit.name(),
							unit.level(), unit.levelRank(), true, true, "import"));
					EntityTypes.SEARCH_PROPERTIES.forEach((property) -> values.add(search.get(property)));
					long id = written.row(List.of("Entity", "Region"), values.toArray());
					ids.put(unit.key(), id);
					if (!unit.parent().isEmpty()) {
						partOf.link(id, ids.get(unit.parent()), "import");
					}
					cites.link(id, source, unit.code() + " " + unit.name(), "import");
				}
				if (++done % 10_000 == 0) {
					progress.advance(10_000);
				}
			}
			progress.advance(done % 10_000);
			progress.finish();
			int batchSize = this.properties.batchSize();
			String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
			store
				.nodes("jobs", List.of("key", "batchesDone:long", "rowsDone:long", "batchSize:long", "totalRows:long",
						"writingSeconds:double", "startedAt:datetime", "updatedAt:datetime", "finishedAt:datetime"))
				.row(List.of("ImportJob"), job, (long) ((units.size() + batchSize - 1) / batchSize), units.size(),
						batchSize, units.size(), 0.0, now, now, now);
			return store.counts(written.rows());
		}
	}

	private static void runImporter(Path home, Path files) throws IOException {
		Files.createDirectories(home.resolve("conf"));
		// The database comes first: --nodes and --relationships take any number of files,
		// so a name after them would be read as one more.
		List<String> arguments = new ArrayList<>(List.of(DATABASE, "--id-type=actual", "--overwrite-destination=true",
				"--report-file=" + home.resolve("import.report")));
		try (var listing = Files.list(files)) {
			listing.sorted().forEach((file) -> {
				String name = file.getFileName().toString();
				arguments.add(name.startsWith("nodes-") ? "--nodes=" + file : "--relationships="
						+ name.substring("relationships-".length(), name.length() - 4) + "=" + file);
			});
		}
		PrintStream out = System.out;
		int status = new CommandLine(new ImportCommand.Full(new ExecutionContext(home, home.resolve("conf"), out,
				System.err, new org.neo4j.io.fs.DefaultFileSystemAbstraction())))
			.execute(arguments.toArray(String[]::new));
		if (status != 0) {
			throw new IllegalStateException("Neo4j's importer stopped with status " + status + "; its report is in "
					+ home + "; nothing was" + " moved into the data directory");
		}
	}

	// The transactions folder goes first: a store folder without its transactions would
	// be opened, one without a store is not.
	private static void moveInto(Path built, Path home) throws IOException {
		for (String kind : List.of("transactions", "databases")) {
			Path target = home.resolve("data").resolve(kind).resolve(DATABASE);
			FileSystemUtils.deleteRecursively(target);
			Files.createDirectories(target.getParent());
			Files.move(built.resolve("data").resolve(kind).resolve(DATABASE), target, StandardCopyOption.ATOMIC_MOVE);
		}
	}

	/**
	 * What the build did.
	 *
	 * @param step the import written into the new store, or {@code null} when the store
	 * already held a database and the batched import is left to complete it
	 */
	record Outcome(BatchImport.@Nullable Step step) {
	}

}
