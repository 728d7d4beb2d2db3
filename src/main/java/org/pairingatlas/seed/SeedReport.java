package org.pairingatlas.seed;

import java.time.Duration;

/**
 * What one application of the seed did.
 *
 * @param migrations schema scripts applied now (0 when all were applied before)
 * @param files seed files loaded
 * @param rows rows in those files
 * @param discrepancies disagreements between stated totals and their parts
 * @param duration how long it took
 */
public record SeedReport(int migrations, int files, int rows, int discrepancies, Duration duration) {

	@Override
	public String toString() {
		return "%d schema migrations, %d seed files with %d rows, %d discrepancies flagged, in %d ms"
			.formatted(this.migrations, this.files, this.rows, this.discrepancies, this.duration.toMillis());
	}

}
