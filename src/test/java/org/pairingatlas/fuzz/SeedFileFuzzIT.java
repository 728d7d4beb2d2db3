package org.pairingatlas.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.bulk.DivisionImport;
import org.pairingatlas.bulk.DivisionTree;
import org.pairingatlas.bulk.ImportProgress;
import org.pairingatlas.seed.SeedException;
import org.pairingatlas.seed.SeedLoader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.FileSystemResource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Property-based fuzzing of the files the graph is loaded from. Corrupted copies of seed
 * rows (bad values in every column, wrong field counts, unbalanced quotes, byte order
 * marks, bytes that are not UTF-8, wrong headers, region hierarchies that loop) are each
 * refused with a {@link SeedException} naming file, line and field, and nothing is
 * written; corrupted division files are refused naming file and line before the import
 * writes anything. Replay a failure with {@code -Dfuzz.seed} and {@code -Dfuzz.case};
 * {@code -Dfuzz.cases} sets the number of cases.
 */
@ExtendWith(OutputCaptureExtension.class)
class SeedFileFuzzIT extends Neo4jTestSupport {

	/** Cases per loop; each seed case is one small file applied in one transaction. */
	private static final int CASES = Fuzz.cases(300);

	/**
	 * Keys a corrupted seed row refers to or re-declares, whose nodes must not change.
	 */
	private static final List<String> TOUCHED = List.of("420104", "420503", "420500", "420000", "420100", "420300",
			"420324", "420324100", "org-shiyan-government-office", "tgt-d003-aid-per-supporter", Known.PROGRAMME,
			Known.DOCUMENT);

	@Autowired
	SeedLoader loader;

	@Autowired
	DivisionImport divisions;

	@Autowired
	Driver driver;

	@TempDir
	Path folder;

	@BeforeEach
	void copyTheSeedDocuments() throws IOException {
		FileSystemUtils.copyRecursively(Path.of("graph-seed/documents"), this.folder.resolve("seed/documents"));
		Files.createDirectories(this.folder.resolve("seed/data"));
		Files.createDirectories(this.folder.resolve("divisions"));
	}

	@Test
	void every_corrupted_seed_file_is_refused_naming_file_line_and_field_and_nothing_is_written(CapturedOutput output) {
		LoggedOutput logged = new LoggedOutput(output);
		FuzzFailures failures = new FuzzFailures("seed-files");
		long[] seeds = Fuzz.caseSeeds("seed-files", CASES);
		for (int i = 0; i < seeds.length; i++) {
			if (Fuzz.runs(i)) {
				SeedCase generated = SeedCase.generate(new SplittableRandom(seeds[i]), i);
				failures.ran();
				failures.add(i, generated.signature(), generated.describe(), refusal(generated));
			}
		}
		logged.assertClean(failures);
	}

	@Test
	void a_region_hierarchy_that_loops_back_on_itself_is_refused_within_a_file_and_through_the_seed(
			CapturedOutput output) {
		LoggedOutput logged = new LoggedOutput(output);
		FuzzFailures failures = new FuzzFailures("region-cycles");
		List<SeedSpec.Together> loops = List.of(SeedTogether::ownParent, SeedTogether::parentsOfEachOther,
				SeedTogether::parentBelow, SeedTogether::cycleThroughTheSeed, SeedTogether::seededUnderItsChild);
		SplittableRandom random = new SplittableRandom(Fuzz.seed());
		for (int i = 0; i < loops.size() * 3; i++) {
			SeedCase generated = SeedCase.together(SeedSpecs.regions(), loops.get(i % loops.size()), random,
					1 + i / loops.size(), "V9100__regions__cycle_" + i + ".csv");
			failures.ran();
			failures.add(i, generated.signature(), generated.describe(), refusal(generated));
		}
		logged.assertClean(failures);
	}

	/**
	 * Applies a corrupted file and judges the refusal, with a fingerprint either side.
	 */
	private List<Problem> refusal(SeedCase generated) {
		GraphFingerprint before = GraphFingerprint.of(this.driver, TOUCHED);
		Throwable thrown = catchThrowable(() -> apply(generated));
		boolean wrote = !GraphFingerprint.of(this.driver, TOUCHED).equals(before);
		return SeedRefusal.judge(generated, thrown, wrote);
	}

	private void apply(SeedCase generated) {
		Path data = this.folder.resolve("seed/data");
		try {
			FileSystemUtils.deleteRecursively(data);
			Files.createDirectories(data);
			Files.write(data.resolve(generated.file()), generated.content());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.loader.apply(new FileSystemResource(this.folder.resolve("seed") + "/"));
	}

	@Test
	void every_corrupted_division_file_is_refused_naming_file_and_line_before_anything_is_written(
			CapturedOutput output) {
		LoggedOutput logged = new LoggedOutput(output);
		FuzzFailures failures = new FuzzFailures("division-files");
		Map<String, String> fixture = DivisionCase.fixture();
		Path divisionFolder = this.folder.resolve("divisions");
		long[] seeds = Fuzz.caseSeeds("division-files", CASES);
		for (int i = 0; i < seeds.length; i++) {
			if (Fuzz.runs(i)) {
				DivisionCase generated = DivisionCase.generate(new SplittableRandom(seeds[i]), fixture);
				generated.writeTo(divisionFolder);
				Throwable thrown = catchThrowable(() -> DivisionTree.read(divisionFolder));
				List<Problem> problems = new ArrayList<>(SeedRefusal.judge(generated, thrown));
				if (thrown != null) {
					problems.addAll(importWritesNothing(divisionFolder));
				}
				failures.ran();
				failures.add(i, generated.signature(), generated.description(), problems);
			}
		}
		logged.assertClean(failures);
	}

	/**
	 * The import reads the whole tree before its first batch, so a tree that does not
	 * read leaves the graph as it was. (Only run for trees already refused: an accepted
	 * one would be written into the graph other tests share.)
	 */
	private List<Problem> importWritesNothing(Path divisionFolder) {
		GraphFingerprint before = GraphFingerprint.of(this.driver, TOUCHED);
		Throwable thrown = catchThrowable(() -> this.divisions.run(divisionFolder, 1000, ImportProgress.silent()));
		List<Problem> problems = new ArrayList<>();
		if (thrown == null) {
			problems.add(new Problem("the import went ahead with a tree that does not read", ""));
		}
		if (!GraphFingerprint.of(this.driver, TOUCHED).equals(before)) {
			problems.add(new Problem("the import wrote to the graph before refusing", String.valueOf(thrown)));
		}
		return problems;
	}

}
