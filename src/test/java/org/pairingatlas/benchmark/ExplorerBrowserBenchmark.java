package org.pairingatlas.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.explorer.Browser;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer's speed in headless Chromium (software rendering, no GPU): first
 * meaningful paint of 十堰's network, the time from a double-click to the expanded network
 * on screen (server round trip, layout and paint), and how large a drawing stays
 * interactive. Not part of {@code ./mvnw verify}; run with
 * {@code ./mvnw verify -Pbenchmark} and copy the tables into {@code docs/benchmarks.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerBrowserBenchmark extends Neo4jTestSupport {

	private static final String SHIYAN = "420300";

	private static final int PAINTS = 12;

	private static final int EXPANDS = 20;

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@BeforeAll
	void startBrowser() throws Exception {
		this.browser = Browser.start();
		// Laying out 10,000 nodes takes longer than Selenium's default 30 s script limit.
		this.browser.manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(5));
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void measure_first_paint_expand_and_capacity() {
		List<String> report = new ArrayList<>();
		report.add("| measure | p50 ms | p95 ms | max ms | runs |");
		report.add("|---|---|---|---|---|");
		report.add(row("first meaningful paint: /explore opening 十堰市 (navigation start → network on screen)",
				firstPaints(), 2));
		report.add(row("expand: double-click 竹溪县 → its neighbours on screen", expands(), 0));
		System.out.println("\nExplorer in headless Chromium, seed graph:\n" + String.join("\n", report) + "\n");
		List<String> capacity = new ArrayList<>();
		capacity.add(
				"| nodes | edges | draw + layout ms | wheel-zoom frame p50 ms | wheel-zoom frame p95 ms | click (full redraw) ms |");
		capacity.add("|---|---|---|---|---|---|");
		for (int nodes : new int[] { 1000, 2500, 5000, 10000 }) {
			capacity.add(capacity(nodes));
		}
		System.out.println("\nHow many elements stay interactive (generated drawings, fCoSE layout):\n"
				+ String.join("\n", capacity) + "\n");
	}

	/** Opens 十堰's network in a new session each time; the first 2 runs warm up. */
	private long[] firstPaints() {
		long[] millis = new long[PAINTS];
		for (int i = 0; i < PAINTS; i++) {
			millis[i] = Browser.firstPaint(this.browser,
					"http://localhost:" + this.port + "/explore?show=" + SHIYAN + "&open=" + SHIYAN);
		}
		return millis;
	}

	private long[] expands() {
		open("explore?show=" + SHIYAN + "&open=" + SHIYAN);
		Browser.waitFor(this.browser).until((b) -> Browser.paintedAt(this.browser) > 0);
		long[] millis = new long[EXPANDS];
		for (int i = 0; i < EXPANDS; i++) {
			// Expands 竹溪县 on even runs and collapses it on odd ones; only expands are
			// timed.
			Object elapsed = this.browser.executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					const canvas = document.querySelector('pa-graph-canvas');
					const paints = canvas.dataset.paints;
					const started = performance.now();
					canvas.cy.getElementById('420324').emit('dbltap');
					const poll = () => canvas.dataset.paints !== paints
					    ? done(Number(canvas.dataset.paintedAt) - started) : setTimeout(poll, 2);
					poll();
					""");
			millis[i] = Math.round(((Number) elapsed).doubleValue());
			if (i % 2 == 0) {
				assertThat(nodes()).as("expanded").isGreaterThan(5);
			}
		}
		long[] expandsOnly = new long[EXPANDS / 2];
		for (int i = 0; i < expandsOnly.length; i++) {
			expandsOnly[i] = millis[i * 2];
		}
		return expandsOnly;
	}

	/**
	 * Draws a generated network of the given size on the explorer's canvas (a tree with
	 * as many extra edges again, like pairings across the hierarchy), then times the
	 * frames of zooming with the mouse wheel and the full redraw a click causes.
	 */
	private String capacity(int nodes) {
		open("explore");
		Browser.waitFor(this.browser)
			.until((b) -> Boolean.TRUE
				.equals(Browser.script(b, "return !!document.querySelector('pa-graph-canvas')?.cy")));
		@SuppressWarnings("unchecked")
		Map<String, Object> result = (Map<String, Object>) this.browser.executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						const n = arguments[0];
						let seed = 42;
						const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
						const nodes = [];
						const edges = [];
						for (let i = 0; i < n; i++) {
						  nodes.push({ id: 'g' + i, label: '节点 ' + i, color: '#4c8bf5', border: '#ffffff', size: 18 + (i % 5) * 4 });
						  if (i > 0) edges.push({ id: 'h' + i, source: 'g' + Math.floor(random() * i), target: 'g' + i });
						}
						for (let i = 0; i < n; i++) {
						  edges.push({ id: 'x' + i, source: 'g' + Math.floor(random() * n), target: 'g' + Math.floor(random() * n) });
						}
						const canvas = document.querySelector('pa-graph-canvas');
						const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
						(async () => {
						  const started = performance.now();
						  canvas.setGraph(JSON.stringify({ nodes, edges }), true);
						  await frame();
						  const drawn = performance.now() - started;
						  const cy = canvas.cy;
						  const zooms = [];
						  for (let i = 0; i < 20; i++) {
						    const t = performance.now();
						    const box = cy.container().getBoundingClientRect();
						    cy.container().querySelector('canvas').dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true,
						        deltaY: i % 2 === 0 ? -100 : 100, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 }));
						    await frame();
						    zooms.push(performance.now() - t);
						  }
						  // The full drawing returns 150 ms after the last wheel event.
						  await new Promise((resolve) => setTimeout(resolve, 500));
						  const t = performance.now();
						  canvas.select('g' + Math.floor(n / 2));
						  await frame();
						  const select = performance.now() - t;
						  zooms.sort((a, b) => a - b);
						  done({ drawn, zoom50: zooms[10], zoom95: zooms[19], select, nodes: cy.nodes().length, edges: cy.edges().length });
						})();
						""",
				nodes);
		assertThat(((Number) result.get("nodes")).intValue()).isEqualTo(nodes);
		return "| %,d | %,d | %.0f | %.0f | %.0f | %.0f |".formatted(nodes, ((Number) result.get("edges")).intValue(),
				number(result, "drawn"), number(result, "zoom50"), number(result, "zoom95"), number(result, "select"));
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + "/" + path);
	}

	private int nodes() {
		return ((Number) Browser.script(this.browser,
				"return document.querySelector('pa-graph-canvas').cy.nodes().length"))
			.intValue();
	}

	private static double number(Map<String, Object> result, String key) {
		return ((Number) result.get(key)).doubleValue();
	}

	private static String row(String what, long[] millis, int warmUp) {
		long[] measured = Arrays.copyOfRange(millis, warmUp, millis.length);
		Arrays.sort(measured);
		return "| %s | %d | %d | %d | %d |".formatted(what, measured[measured.length / 2],
				measured[(int) Math.ceil(measured.length * 0.95) - 1], measured[measured.length - 1], measured.length);
	}

}
