package org.pairingatlas.fuzz;

import java.util.SplittableRandom;

/**
 * How big a fuzz run is and where its randomness starts: {@code -Dfuzz.seed} (default
 * {@link #DEFAULT_SEED}), {@code -Dfuzz.cases} (cases per loop) and {@code -Dfuzz.case}
 * (run only that case, to replay it). Case {@code i} of a loop depends only on the run's
 * seed, the loop's name and {@code i}, so a failing case can be replayed on its own.
 */
final class Fuzz {

	static final long DEFAULT_SEED = 20_260_611L;

	private Fuzz() {
	}

	static long seed() {
		String value = System.getProperty("fuzz.seed");
		return (value == null || value.isBlank()) ? DEFAULT_SEED : Long.decode(value.strip());
	}

	static int cases(int byDefault) {
		return Integer.getInteger("fuzz.cases", byDefault);
	}

	/** Whether case {@code index} runs: all do unless {@code -Dfuzz.case} names one. */
	static boolean runs(int index) {
		int only = Integer.getInteger("fuzz.case", -1);
		return only < 0 || only == index;
	}

	/** The seeds of a loop's cases, one generator per case. */
	static long[] caseSeeds(String loop, int cases) {
		SplittableRandom root = new SplittableRandom(seed() ^ (loop.hashCode() * 0x9E3779B97F4A7C15L));
		long[] seeds = new long[Math.max(cases, Integer.getInteger("fuzz.case", -1) + 1)];
		for (int i = 0; i < seeds.length; i++) {
			seeds[i] = root.nextLong();
		}
		return seeds;
	}

	static String replay(String loop, int index) {
		return "-Dfuzz.seed=" + seed() + " -Dfuzz.case=" + index + " (" + loop + ")";
	}

}
