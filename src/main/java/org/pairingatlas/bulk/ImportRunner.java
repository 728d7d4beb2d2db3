package org.pairingatlas.bulk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.pairingatlas.base.neo4j.AccessIntent;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the bulk imports {@link ImportProperties} asks for after the seed: the division
 * tree, then the synthetic network, with a progress bar and a final report. Beside a
 * running application they run on a thread of their own, so reads go on being served.
 */
@Component
@Order(20)
class ImportRunner implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(ImportRunner.class);

	private final ImportProperties properties;

	private final DivisionImport divisions;

	private final SyntheticImport synthetic;

	private final NewStoreBuild newStore;

	private final BatchImport batches;

	private final ConfigurableApplicationContext context;

	ImportRunner(ImportProperties properties, DivisionImport divisions, SyntheticImport synthetic,
			NewStoreBuild newStore, BatchImport batches, ConfigurableApplicationContext context) {
		this.properties = properties;
		this.divisions = divisions;
		this.synthetic = synthetic;
		this.newStore = newStore;
		this.batches = batches;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		// An import writes from start to end.
		Exception[] failed = new Exception[1];
		AccessIntent.writing(() -> {
			try {
				runImport();
			}
			catch (Exception ex) {
				failed[0] = ex;
			}
		});
		if (failed[0] != null) {
			throw failed[0];
		}
	}

	private void runImport() throws Exception {
		if (this.properties.divisions() == null && this.properties.syntheticSize() == 0) {
			return;
		}
		this.properties.requireValidBatchSize();
		if (this.properties.newStore() && this.newStore.outcome() == null) {
			throw new IllegalArgumentException("pairing-atlas.import.new-store writes store files before the embedded"
					+ " database starts, so it cannot load an external Neo4j; leave it out and the batched import"
					+ " loads the tree");
		}
		if (this.properties.exit()) {
			int status = 0;
			try {
				importAll();
			}
			catch (RuntimeException ex) {
				log.error("Import stopped: " + ex.getMessage());
				status = 1;
			}
			int exitCode = status;
			System.exit(SpringApplication.exit(this.context, () -> exitCode));
		}
		Thread worker = new Thread(() -> {
			try {
				importAll();
			}
			catch (Exception ex) {
				log.error("Import stopped: " + ex.getMessage());
			}
		}, "bulk-import");
		worker.start();
	}

	private void importAll() {
		ImportProgress progress = ImportProgress.console();
		List<BatchImport.Step> steps = new ArrayList<>();
		try {
			BatchImport.Step written = writtenIntoNewStore();
			if (written != null) {
				steps.add(written);
			}
			else if (this.properties.divisions() != null) {
				steps.add(this.divisions.run(Path.of(this.properties.divisions()), this.properties.divisionsDownTo(),
						this.properties.batchSize(), progress));
			}
		}
		catch (java.io.IOException ex) {
			throw new IllegalArgumentException("Cannot read the division tree: " + ex.getMessage(), ex);
		}
		if (this.properties.syntheticSize() > 0) {
			steps.addAll(this.synthetic.run(this.properties.syntheticSeed(), this.properties.syntheticSize(),
					this.properties.batchSize(), progress));
		}
		System.out.println(report(steps));
	}

	/**
	 * The division tree the offline importer wrote before the database started, with the
	 * seconds that took recorded on its job as a batched run records its own.
	 */
	private BatchImport.@Nullable Step writtenIntoNewStore() {
		NewStoreBuild.Outcome outcome = this.newStore.outcome();
		if (outcome == null || outcome.step() == null) {
			return null;
		}
		BatchImport.Step step = outcome.step();
		this.batches.recordWritingSeconds(DivisionImport.job(this.properties.divisionsDownTo()),
				step.took().toNanos() / 1e9);
		return step;
	}

	static String report(List<BatchImport.Step> steps) {
		StringBuilder report = new StringBuilder("\nImport report\n");
		report.append(
				"| job | rows | written now | resumed after batch | seconds | rows/s |\n|---|---|---|---|---|---|\n");
		for (BatchImport.Step step : steps) {
			report.append("| %s | %,d | %,d | %d | %.1f | %,.0f |%n".formatted(step.job(), step.rows(), step.written(),
					step.resumedAfter(), step.took().toMillis() / 1000.0, step.rowsPerSecond()));
		}
		return report.toString();
	}

}
