package org.pairingatlas.bulk;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.stereotype.Component;

/**
 * Writes rows in batches, one transaction per batch, and records in that same transaction
 * how many batches of the job are done. After a crash the job starts again at the first
 * batch that did not commit: every committed batch is there, no batch is there by half,
 * and nothing is written twice.
 */
@Component
public class BatchImport {

	// The checkpoint travels with the batch: both commit, or neither does. The seconds
	// spent writing add up over the runs of a resumed job, so a rate read from the job
	// leaves out the time between a crash and the resumption.
	private static final String CHECKPOINT = """
			MERGE (j:ImportJob {key: $job})
			ON CREATE SET j.startedAt = datetime()
			SET j.batchesDone = $done, j.rowsDone = coalesce(j.rowsDone, 0) + $rows, j.batchSize = $batchSize,
			    j.totalRows = $total, j.writingSeconds = $writingSeconds, j.updatedAt = datetime()
			""";

	private static final String DONE = """
			OPTIONAL MATCH (j:ImportJob {key: $job})
			RETURN coalesce(j.batchesDone, 0) AS done, j.batchSize AS batchSize,
			       coalesce(j.writingSeconds, 0.0) AS writingSeconds
			""";

	private static final String FINISH = "MATCH (j:ImportJob {key: $job}) SET j.finishedAt = datetime()";

	private final Driver driver;

	BatchImport(Driver driver) {
		this.driver = driver;
	}

	/**
	 * Writes {@code rows} with {@code cypher} (which reads them, turned into parameters
	 * batch by batch, as {@code $rows}) in batches of {@code batchSize}, skipping the
	 * batches an earlier run of the same job committed.
	 * @return what this run wrote
	 */
	public <T> Step run(String job, String cypher, List<T> rows, Function<T, Map<String, Object>> parameters,
			int batchSize, ImportProgress progress) {
		long started = System.nanoTime();
		int batches = (rows.size() + batchSize - 1) / batchSize;
		Checkpoint checkpoint = checkpoint(job, batchSize);
		int done = checkpoint.batchesDone();
		progress.start(job, rows.size(), Math.min(rows.size(), done * batchSize));
		for (int batch = done; batch < batches; batch++) {
			List<Map<String, Object>> slice = rows
				.subList(batch * batchSize, Math.min(rows.size(), (batch + 1) * batchSize))
				.stream()
				.map(parameters)
				.toList();
			int number = batch + 1;
			try (Session session = this.driver.session()) {
				session.executeWriteWithoutResult((tx) -> {
					tx.run(cypher, Map.of("rows", slice)).consume();
					double writingSeconds = checkpoint.writingSeconds() + (System.nanoTime() - started) / 1e9;
					tx.run(CHECKPOINT, Map.of("job", job, "done", number, "rows", slice.size(), "batchSize", batchSize,
							"total", rows.size(), "writingSeconds", writingSeconds))
						.consume();
				});
			}
			progress.advance(slice.size());
		}
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> tx.run(FINISH, Map.of("job", job)).consume());
		}
		int written = Math.max(0, rows.size() - Math.min(rows.size(), done * batchSize));
		progress.finish();
		return new Step(job, rows.size(), written, done, Duration.ofNanos(System.nanoTime() - started));
	}

	/**
	 * Records the seconds a job spent writing when it was written some other way than
	 * batch by batch (by the offline importer, before the database ran).
	 */
	void recordWritingSeconds(String job, double seconds) {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(
					(tx) -> tx
						.run("MATCH (j:ImportJob {key: $job}) SET j.writingSeconds = $seconds",
								Map.of("job", job, "seconds", seconds))
						.consume());
		}
	}

	private Checkpoint checkpoint(String job, int batchSize) {
		try (Session session = this.driver.session()) {
			var record = session.executeRead((tx) -> tx.run(DONE, Map.of("job", job)).single());
			int done = record.get("done").asInt();
			if (done > 0 && !record.get("batchSize").isNull() && record.get("batchSize").asInt() != batchSize) {
				throw new IllegalArgumentException(
						"Import job '" + job + "' was started with batches of " + record.get("batchSize").asInt()
								+ " rows; resume it with the same batch size, not " + batchSize);
			}
			return new Checkpoint(done, record.get("writingSeconds").asDouble());
		}
	}

	/** How far earlier runs of a job got, and how long they spent writing. */
	private record Checkpoint(int batchesDone, double writingSeconds) {
	}

	/**
	 * What one job did.
	 *
	 * @param rows the job's rows
	 * @param written rows written by this run
	 * @param resumedAfter batches an earlier run had committed
	 */
	public record Step(String job, int rows, int written, int resumedAfter, Duration took) {

		public double rowsPerSecond() {
			return (this.took.toNanos() == 0) ? 0 : this.written / (this.took.toNanos() / 1e9);
		}

	}

}
