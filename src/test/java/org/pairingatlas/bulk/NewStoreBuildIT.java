package org.pairingatlas.bulk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairingatlas.search.TextSearch;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The division tree written into a new store by Neo4j's offline importer is, once the
 * seed has filled in what it holds, the graph the batched import writes on top of the
 * seed: node for node, relationship for relationship, with the same finished job. A store
 * that already holds a database is left to the batched import, and bad settings or a bad
 * file are refused before anything is written.
 */
class NewStoreBuildIT {

	static final Path DIVISIONS = BulkImportIT.DIVISIONS.toAbsolutePath();

	@TempDir
	static Path folders;

	@Test
	void a_new_store_holds_the_graph_the_batched_import_writes_on_top_of_the_seed() throws IOException {
		List<String> batched;
		try (ConfigurableApplicationContext app = InProcessAtlas.start(folders.resolve("batched"))) {
			app.getBean(DivisionImport.class).run(DIVISIONS, 10_000, ImportProgress.silent());
			batched = GraphFingerprint.of(InProcessAtlas.database(app));
		}
		try (ConfigurableApplicationContext app = InProcessAtlas.start(folders.resolve("new-store"),
				"--pairing-atlas.import.divisions=" + DIVISIONS, "--pairing-atlas.import.new-store=true")) {
			NewStoreBuild.Outcome outcome = app.getBean(NewStoreBuild.class).outcome();
			assertThat(outcome).isNotNull();
			assertThat(outcome.step()).as("what the offline importer wrote").isNotNull();
			// Of the slice's 14 units the seed holds 湖北 down to 武当路街道: its 3 villages
			// and 青海's 7 units are written.
			assertThat(outcome.step().written()).as("units the seed does not hold").isEqualTo(10);
			List<String> built = GraphFingerprint.of(InProcessAtlas.database(app));
			GraphFingerprint.assertSame("the new store against the batched import", batched, built);
			// The finished job counts as done: the batched import, run again, writes
			// nothing, and search finds an imported village by its pinyin.
			assertThat(app.getBean(DivisionImport.class).run(DIVISIONS, 10_000, ImportProgress.silent()).written())
				.isZero();
			assertThat(app.getBean(TextSearch.class).keys("gujiagang", List.of("Region"), 5)).contains("420302001001");
		}
	}

	@Test
	void a_store_that_already_holds_a_database_is_left_to_the_batched_import() {
		Path folder = folders.resolve("existing");
		try (ConfigurableApplicationContext app = InProcessAtlas.start(folder)) {
			assertThat(seedFiles(app)).isPositive();
		}
		try (ConfigurableApplicationContext app = InProcessAtlas.start(folder,
				"--pairing-atlas.import.divisions=" + DIVISIONS, "--pairing-atlas.import.new-store=true",
				"--pairing-atlas.import.divisions-down-to=province")) {
			NewStoreBuild.Outcome outcome = app.getBean(NewStoreBuild.class).outcome();
			assertThat(outcome).isNotNull();
			assertThat(outcome.step()).as("nothing written by the offline importer").isNull();
			assertThat(seedFiles(app)).as("the seed the store held").isPositive();
		}
	}

	@Test
	void a_new_store_without_a_division_tree_is_refused_and_nothing_is_written() {
		Path folder = folders.resolve("no-divisions");
		assertThatThrownBy(() -> InProcessAtlas.start(folder, "--pairing-atlas.import.new-store=true").close())
			.rootCause()
			.hasMessageContaining("pairing-atlas.import.divisions");
		assertThat(folder.resolve("data/databases/neo4j")).doesNotExist();
	}

	@Test
	void a_malformed_division_file_is_refused_by_file_and_line_and_nothing_is_written() throws IOException {
		Path divisions = Files.createDirectories(folders.resolve("bad-divisions"));
		Files.writeString(divisions.resolve("provinces.csv"), "code,name\n42,湖北省\n4X,青海省\n");
		Path folder = folders.resolve("bad-file");
		assertThatThrownBy(() -> InProcessAtlas
			.start(folder, "--pairing-atlas.import.divisions=" + divisions, "--pairing-atlas.import.new-store=true",
					"--pairing-atlas.import.divisions-down-to=province")
			.close()).rootCause().hasMessageContaining("provinces.csv").hasMessageContaining("line 3");
		assertThat(folder.resolve("data/databases/neo4j")).doesNotExist();
		assertThat(folders.resolve("bad-file.new-store")).doesNotExist();
	}

	private static long seedFiles(ConfigurableApplicationContext app) {
		return InProcessAtlas.database(app)
			.executeTransactionally("MATCH (f:SeedFile) RETURN count(f) AS files", Map.of(),
					(result) -> (Long) result.next().get("files"));
	}

}
