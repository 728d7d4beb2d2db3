package org.pairingatlas.benchmark.scale;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One of the graphs the benchmark measures, built on top of the seed.
 *
 * @param divisionsDownTo how deep the national division tree goes, or none
 * @param syntheticPairs county pairs of synthetic network (seed 42), or none
 */
record GraphSize(String name, String description, @Nullable String divisionsDownTo, int syntheticPairs) {

	static List<GraphSize> all(int nationalPairs) {
		return List.of(new GraphSize("seed", "the seed graph alone", null, 0),
				new GraphSize("tenfold",
						"seed + division tree down to counties + synthetic network of 150 county pairs", "county", 150),
				new GraphSize("national", "seed + whole division tree (665,268 units) + synthetic network of "
						+ nationalPairs + " county pairs", "village", nationalPairs));
	}

}
