package org.pairingatlas.export;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What an export or a restore did.
 *
 * @param file the export file
 * @param nodes nodes written (a restore does not count the schema migration records,
 * which the application writes itself)
 * @param relationships relationships written
 * @param took how long it took
 */
public record GraphFileReport(Path file, long nodes, long relationships, Duration took) {

	@Override
	public String toString() {
		return "%,d nodes and %,d relationships in %.1f s (%s)".formatted(this.nodes, this.relationships,
				this.took.toMillis() / 1000.0, this.file);
	}

}
