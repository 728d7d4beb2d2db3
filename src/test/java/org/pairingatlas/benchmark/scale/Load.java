package org.pairingatlas.benchmark.scale;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls one request over and over for a fixed time, from one or several client threads,
 * and keeps every latency: the percentiles of a sequential run are the latency, the
 * completed calls per second of a concurrent run the throughput.
 */
final class Load {

	/**
	 * One request; returns normally when the answer was right, throws when it was not.
	 */
	@FunctionalInterface
	interface Call {

		void run() throws Exception;

	}

	/**
	 * What one run measured.
	 *
	 * @param nanos every completed call's latency, sorted
	 */
	record Result(long[] nanos, int errors, double seconds, String firstError) {

		double percentile(double p) {
			if (this.nanos.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(this.nanos.length * p) - 1;
			return this.nanos[Math.max(0, Math.min(this.nanos.length - 1, index))] / 1e6;
		}

		double perSecond() {
			return this.nanos.length / this.seconds;
		}

		int calls() {
			return this.nanos.length;
		}

	}

	/**
	 * One way of asking one question: its sequential latency and concurrent throughput.
	 */
	record Measured(Result latency, Result throughput) {
	}

	private Load() {
	}

	/**
	 * Runs {@code call} from {@code clients} threads for {@code duration}, at least
	 * {@code minimumCalls} times in all.
	 */
	static Result run(Call call, int clients, Duration duration, int minimumCalls) throws Exception {
		long end = System.nanoTime() + duration.toNanos();
		AtomicInteger started = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		String[] firstError = { "" };
		long begun = System.nanoTime();
		List<long[]> perClient = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
			List<Future<long[]>> futures = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				futures.add(pool.submit(() -> {
					long[] mine = new long[1024];
					int count = 0;
					while (System.nanoTime() < end || started.get() < minimumCalls) {
						started.incrementAndGet();
						long start = System.nanoTime();
						try {
							call.run();
						}
						catch (Exception ex) {
							if (errors.getAndIncrement() == 0) {
								firstError[0] = ex.getMessage();
							}
							continue;
						}
						if (count == mine.length) {
							mine = Arrays.copyOf(mine, count * 2);
						}
						mine[count++] = System.nanoTime() - start;
					}
					return Arrays.copyOf(mine, count);
				}));
			}
			for (Future<long[]> future : futures) {
				perClient.add(future.get());
			}
		}
		double seconds = (System.nanoTime() - begun) / 1e9;
		long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		return new Result(all, errors.get(), seconds, firstError[0]);
	}

}
