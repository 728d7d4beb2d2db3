package org.pairingatlas.benchmark.scale;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the measurements and writes them as the Markdown tables of
 * {@code docs/national-scale.md}: graph sizes and import rates, per-size latency and
 * throughput three ways with their ratios, latency against size, the targets, reads
 * during an import, and the explorer.
 */
final class ScaleReport {

	/** Reads asked while an import ran beside them. */
	record DuringImport(int rows, double seconds, Map<String, List<Long>> latencies, Map<String, Integer> errors) {
	}

	private record Asked(GraphSize size, Question question, Map<String, Load.Measured> results) {

		Load.Result latency(String way) {
			Load.Measured measured = this.results.get(way);
			return (measured != null) ? measured.latency() : null;
		}

		Load.Result throughput(String way) {
			Load.Measured measured = this.results.get(way);
			return (measured != null) ? measured.throughput() : null;
		}

	}

	private final Duration seconds;

	private final int clients;

	private final List<String> sizes = new ArrayList<>();

	private final List<String> sizeRows = new ArrayList<>();

	private final List<String> importRows = new ArrayList<>();

	private final List<String> explorerRows = new ArrayList<>();

	private final List<Asked> asked = new ArrayList<>();

	private final List<String> duringImport = new ArrayList<>();

	private final Map<String, long[]> memory = new LinkedHashMap<>();

	ScaleReport(Duration seconds, int clients) {
		this.seconds = seconds;
		this.clients = clients;
	}

	void size(GraphSize size, long[] count, long storeBytes, List<Map<String, Object>> jobs) {
		this.sizes.add(size.name());
		this.sizeRows.add("| %s | %s | %,d | %,d | %,.0f |".formatted(size.name(), size.description(), count[0],
				count[1], storeBytes / 1e6));
		for (Map<String, Object> job : jobs) {
			long rows = ((Number) job.get("rows")).longValue();
			if (job.get("seconds") instanceof Number seconds) {
				this.importRows.add("| %s | %s | %,d | %.1f | %,.0f |".formatted(size.name(), job.get("job"), rows,
						seconds.doubleValue(), rows / seconds.doubleValue()));
			}
			else {
				// Jobs written before their writing time was recorded.
				this.importRows
					.add("| %s | %s | %,d | not recorded | – |".formatted(size.name(), job.get("job"), rows));
			}
		}
	}

	void question(GraphSize size, Question question, Map<String, Load.Measured> results) {
		this.asked.add(new Asked(size, question, results));
	}

	void explorer(GraphSize size, long[] paints, long[] memory) {
		long[] sorted = paints.clone();
		Arrays.sort(sorted);
		this.explorerRows.add("| %s | %d | %d | %d |".formatted(size.name(), sorted[sorted.length / 2],
				sorted[sorted.length - 1], sorted.length));
		this.memory.put(size.name(), memory);
	}

	void duringImport(GraphSize size, DuringImport during) {
		this.duringImport
			.add("While %,d rows of a second synthetic network were imported beside the app on the %s graph "
				.formatted(during.rows(), size.name())
					+ "(%.1f s, %,.0f rows/s), sequential reads through our API:".formatted(during.seconds(),
							during.rows() / during.seconds()));
		this.duringImport.add("");
		this.duringImport
			.add("| question | calls | errors | p50 ms | p95 ms | p99 ms | max ms | idle p50 ms | idle p95 ms |");
		this.duringImport.add("|---|---|---|---|---|---|---|---|---|");
		during.latencies().forEach((name, nanos) -> {
			long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
			Load.Result result = new Load.Result(sorted, during.errors().get(name), during.seconds(), "");
			Asked idle = this.asked.stream()
				.filter((a) -> a.size().name().equals(size.name()) && a.question().name().equals(name))
				.findFirst()
				.orElseThrow();
			this.duringImport.add("| %s | %d | %d | %s | %s | %s | %s | %s | %s |".formatted(name, sorted.length,
					result.errors(), ms(result.percentile(0.5)), ms(result.percentile(0.95)),
					ms(result.percentile(0.99)), ms(result.percentile(1.0)), ms(idle.latency("ours").percentile(0.5)),
					ms(idle.latency("ours").percentile(0.95))));
		});
	}

	String markdown() {
		List<String> out = new ArrayList<>();
		out.add("<!-- Written by ScaleBenchmark (bench/run.sh) on " + LocalDate.now() + " -->");
		out.add("");
		out.add("Latency: sequential calls for %d s, one client, after a 1 s pass over every question and a further 1 s of the question itself. Throughput: %d concurrent clients for %d s."
			.formatted(this.seconds.toSeconds(), this.clients, this.seconds.toSeconds()));
		out.add("Ours: our GraphQL API over HTTP (loopback). Floor: the best single Cypher statement over Bolt on the same"
				+ " database. Peer: the Neo4j GraphQL Library 7.6.3 on Apollo Server 5.5.1, same database.");
		out.add("");
		out.add("### Graph sizes");
		out.add("");
		out.add("| size | what | nodes | relationships | store MB |");
		out.add("|---|---|---|---|---|");
		out.addAll(this.sizeRows);
		out.add("");
		out.add("### Import rate (each finished import job: rows and the seconds its runs spent writing, from its checkpoint node)");
		out.add("");
		out.add("| size | job | rows (= nodes) | seconds | nodes/s |");
		out.add("|---|---|---|---|---|");
		out.addAll(this.importRows);
		out.add("");
		out.add("### Memory (the one JVM holding the app and its embedded database, after the questions)");
		out.add("");
		out.add("| size | heap in use after GC MB | resident MB |");
		out.add("|---|---|---|");
		this.memory.forEach(
				(size, bytes) -> out.add("| %s | %,.0f | %,.0f |".formatted(size, bytes[0] / 1e6, bytes[1] / 1e6)));
		for (String size : this.sizes) {
			out.add("");
			out.add("### " + size + ": latency (ms, p50 / p95 / p99) and throughput (calls/s)");
			out.add("");
			out.add("| question | ours | floor | peer | ours/floor p50 | ours/s | floor/s | peer/s | peer/ours p50 | ours/peer calls/s |");
			out.add("|---|---|---|---|---|---|---|---|---|---|");
			for (Asked a : this.asked) {
				if (!a.size().name().equals(size)) {
					continue;
				}
				out.add("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |".formatted(a.question().name(),
						percentiles(a.latency("ours")), percentiles(a.latency("floor")), percentiles(a.latency("peer")),
						ratio(a.latency("ours"), a.latency("floor")), rate(a.throughput("ours")),
						rate(a.throughput("floor")), rate(a.throughput("peer")),
						ratio(a.latency("peer"), a.latency("ours")),
						rateRatio(a.throughput("ours"), a.throughput("peer"))));
			}
		}
		out.add("");
		out.add("### Latency against graph size (ours, p50 / p95 ms)");
		out.add("");
		out.add("| question | " + String.join(" | ", this.sizes) + " |");
		out.add("|---|" + "---|".repeat(this.sizes.size()));
		for (Question question : Questions.all()) {
			StringBuilder row = new StringBuilder("| " + question.name() + " |");
			for (String size : this.sizes) {
				Load.Result result = find(size, question.name()).map((a) -> a.latency("ours")).orElse(null);
				row.append(" ")
					.append((result == null) ? "–" : ms(result.percentile(0.5)) + " / " + ms(result.percentile(0.95)))
					.append(" |");
			}
			out.add(row.toString());
		}
		out.add("");
		out.addAll(targets());
		if (!this.duringImport.isEmpty()) {
			out.add("");
			out.add("### Serving during an import");
			out.add("");
			out.addAll(this.duringImport);
		}
		out.add("");
		out.add("### Explorer: navigation to 十堰's network drawn (headless Chromium, ms)");
		out.add("");
		out.add("| size | p50 | max | openings |");
		out.add("|---|---|---|---|");
		out.addAll(this.explorerRows);
		return String.join("\n", out) + "\n";
	}

	private List<String> targets() {
		List<String> out = new ArrayList<>();
		String largest = this.sizes.getLast();
		out.add("### Targets (on the " + largest + " graph)");
		out.add("");
		out.add("| target | question | measured | met |");
		out.add("|---|---|---|---|");
		for (Asked a : this.asked) {
			if (!a.size().name().equals(largest) || a.question().baseline()) {
				continue;
			}
			String name = a.question().name();
			double ours = a.latency("ours").percentile(0.5);
			double floor = a.latency("floor").percentile(0.5);
			out.add("| API p50 ≤ 1.2 × floor | %s | %.2f × | %s |".formatted(name, ours / floor,
					yes(ours <= 1.2 * floor)));
			double p95 = a.latency("ours").percentile(0.95);
			if (name.startsWith("neighbourhood depth 2") || name.startsWith("search")) {
				out.add("| p95 ≤ 50 ms | %s | %s ms | %s |".formatted(name, ms(p95), yes(p95 <= 50)));
			}
			if (name.startsWith("coverage") || name.startsWith("funding")) {
				out.add("| p95 ≤ 200 ms | %s | %s ms | %s |".formatted(name, ms(p95), yes(p95 <= 200)));
			}
			if (a.question().nestedOrAggregate() && a.throughput("peer") != null) {
				double times = a.throughput("ours").perSecond() / a.throughput("peer").perSecond();
				out.add("| ≥ 3 × the peer's calls/s | %s | %.1f × | %s |".formatted(name, times, yes(times >= 3)));
			}
		}
		return out;
	}

	private java.util.Optional<Asked> find(String size, String question) {
		return this.asked.stream()
			.filter((a) -> a.size().name().equals(size) && a.question().name().equals(question))
			.findFirst();
	}

	private static String yes(boolean met) {
		return met ? "yes" : "**no**";
	}

	private static String percentiles(Load.Result result) {
		if (result == null) {
			return "–";
		}
		if (result.calls() == 0) {
			return "error";
		}
		return ms(result.percentile(0.5)) + " / " + ms(result.percentile(0.95)) + " / " + ms(result.percentile(0.99))
				+ ((result.errors() > 0) ? " (" + result.errors() + " errors)" : "");
	}

	private static String rate(Load.Result result) {
		if (result == null) {
			return "–";
		}
		return "%,.0f".formatted(result.perSecond())
				+ ((result.errors() > 0) ? " (" + result.errors() + " errors)" : "");
	}

	private static String ratio(Load.Result top, Load.Result bottom) {
		if (top == null || bottom == null || top.calls() == 0 || bottom.calls() == 0) {
			return "–";
		}
		return "%.2f".formatted(top.percentile(0.5) / bottom.percentile(0.5));
	}

	private static String rateRatio(Load.Result top, Load.Result bottom) {
		if (top == null || bottom == null || bottom.calls() == 0) {
			return "–";
		}
		return "%.1f".formatted(top.perSecond() / bottom.perSecond());
	}

	private static String ms(double millis) {
		if (Double.isNaN(millis)) {
			return "–";
		}
		return (millis < 10) ? "%.1f".formatted(millis) : "%,.0f".formatted(millis);
	}

}
