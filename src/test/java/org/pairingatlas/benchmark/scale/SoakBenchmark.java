package org.pairingatlas.benchmark.scale;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.pairingatlas.Neo4jTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soak: the application on the seed graph answers a fixed rate of requests for a
 * fixed time, every question of the scale benchmark in turn (the mutation included), and
 * must give no error while its heap after a collection stays flat. Each minute's
 * latencies, errors, heap and threads go to {@code target/soak.md}.
 *
 * <pre>
 * bench/soak.sh                                   # 10 minutes at 20 requests/s
 * bench/soak.sh -Dsoak.minutes=60 -Dsoak.rate=100
 * </pre>
 *
 * The load is open: requests leave on schedule whether or not earlier ones have returned,
 * so a slowing server shows as latency instead of hiding behind a slower client. Before
 * the clock starts, every question is asked {@value #WARM_UP_ROUNDS} times in turn, one
 * at a time (and must not fail either).
 */
class SoakBenchmark {

	private static final int MINUTES = Integer.getInteger("soak.minutes", 10);

	private static final int RATE = Integer.getInteger("soak.rate", 20);

	// Calls of each question, one at a time, before the clock starts: a cold JVM on two
	// cores serves far less than a warm one, and a backlog built while it warms up would
	// be measured as minutes of latency.
	private static final int WARM_UP_ROUNDS = Integer.getInteger("soak.warm-up-rounds", 50);

	// Memory after the first minute (class loading, caches and the JIT warm up) may grow
	// by this much in all before it counts as a leak.
	private static final long ALLOWED_GROWTH = 48L * 1024 * 1024;

	private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();

	@Test
	void a_fixed_rate_for_minutes_gives_no_errors_and_flat_memory() throws Exception {
		Path folder = Neo4jTestSupport.freshFolder("pairing-atlas-soak");
		try (AtlasUnderTest atlas = AtlasUnderTest.start(folder)) {
			List<Load.Call> calls = Questions.all()
				.stream()
				.filter((q) -> !q.baseline())
				.map((q) -> OurApi.call(this.http, q))
				.toList();
			for (int round = 0; round < WARM_UP_ROUNDS; round++) {
				for (Load.Call call : calls) {
					call.run();
				}
			}
			List<Minute> minutes = new ArrayList<>();
			ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
			ExecutorService senders = Executors.newFixedThreadPool(64);
			AtomicInteger next = new AtomicInteger();
			AtomicReference<Window> window = new AtomicReference<>(new Window());
			// Every minute's window, kept: a call still running when its minute is
			// reported lands in it later, and its error must still count.
			List<Window> windows = new ArrayList<>(List.of(window.get()));
			clock.scheduleAtFixedRate(() -> {
				long due = System.nanoTime();
				Load.Call call = calls.get(Math.floorMod(next.getAndIncrement(), calls.size()));
				Window current = window.get();
				senders.execute(() -> current.record(call, due));
			}, 0, 1_000_000_000L / RATE, TimeUnit.NANOSECONDS);
			try {
				for (int minute = 1; minute <= MINUTES; minute++) {
					clock.awaitTermination(1, TimeUnit.MINUTES);
					Window fresh = new Window();
					windows.add(fresh);
					Window done = window.getAndSet(fresh);
					minutes.add(Minute.of(minute, done, atlas.memory()));
					System.out.println(minutes.get(minutes.size() - 1).row());
				}
			}
			finally {
				clock.shutdownNow();
				senders.shutdown();
				senders.awaitTermination(1, TimeUnit.MINUTES);
			}
			String report = report(minutes, atlas.count());
			Files.writeString(Path.of("target", "soak.md"), report);
			System.out.println(report);

			int errors = windows.stream().mapToInt((w) -> w.errors.get()).sum();
			assertThat(errors)
				.as("errors; the first: " + windows.stream()
					.map((w) -> w.firstError.get())
					.filter((e) -> e != null)
					.findFirst()
					.orElse("none"))
				.isZero();
			long settled = minutes.get(0).heapBytes();
			long last = minutes.get(minutes.size() - 1).heapBytes();
			assertThat(last - settled).as("heap after collection grew from the first minute to the last")
				.isLessThan(ALLOWED_GROWTH);
		}
	}

	private static String report(List<Minute> minutes, long[] graph) {
		StringBuilder report = new StringBuilder(
				"# Soak: %d minutes at %d requests/s on the seed graph%n%n".formatted(MINUTES, RATE));
		report.append(
				"Graph at the end: %,d nodes, %,d relationships. Requests: every scale-benchmark question in turn, %s.%n%n"
					.formatted(graph[0], graph[1], "the attachSource mutation included"));
		report.append(
				"| minute | requests | errors | p50 ms | p95 ms | p99 ms | max ms | heap after GC MB | resident MB | threads |\n");
		report.append("|---|---|---|---|---|---|---|---|---|---|\n");
		minutes.forEach((minute) -> report.append(minute.row()).append('\n'));
		return report.toString();
	}

	/** The calls of one minute. */
	private static final class Window {

		private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

		private final AtomicInteger errors = new AtomicInteger();

		private final AtomicReference<String> firstError = new AtomicReference<>();

		void record(Load.Call call, long due) {
			try {
				call.run();
				this.nanos.add(System.nanoTime() - due);
			}
			catch (Exception ex) {
				this.errors.incrementAndGet();
				this.firstError.compareAndSet(null, String.valueOf(ex.getMessage()));
			}
		}

	}

	private record Minute(int minute, Load.Result latencies, int errors, String firstError, long heapBytes,
			long residentBytes, int threads) {

		static Minute of(int minute, Window window, long[] memory) throws IOException {
			long[] nanos = window.nanos.stream().mapToLong(Long::longValue).sorted().toArray();
			return new Minute(minute, new Load.Result(nanos, window.errors.get(), 60, window.firstError.get()),
					window.errors.get(), window.firstError.get(), memory[0], memory[1],
					ManagementFactory.getThreadMXBean().getThreadCount());
		}

		String row() {
			long[] nanos = this.latencies.nanos();
			return "| %d | %,d | %d | %.1f | %.1f | %.1f | %.1f | %,d | %,d | %d |".formatted(this.minute,
					nanos.length + this.errors, this.errors, this.latencies.percentile(0.50),
					this.latencies.percentile(0.95), this.latencies.percentile(0.99),
					nanos.length == 0 ? 0.0 : Arrays.stream(nanos).max().getAsLong() / 1e6,
					this.heapBytes / 1024 / 1024, this.residentBytes / 1024 / 1024, this.threads);
		}

	}

}
