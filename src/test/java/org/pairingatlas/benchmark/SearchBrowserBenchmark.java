package org.pairingatlas.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.explorer.Browser;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The header's search in headless Chromium: the time from the last keystroke to the first
 * suggestion on screen, for Chinese, pinyin and initials, on the seed graph. Not part of
 * {@code ./mvnw verify}; run with
 * {@code ./mvnw verify -Pbenchmark -Dit.test=SearchBrowserBenchmark} and copy the table
 * into {@code docs/benchmarks.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserBenchmark extends Neo4jTestSupport {

	private static final List<String> QUERIES = List.of("竹溪", "密云", "sy", "shiyan", "zhuxi");

	private static final int WARM_UP = 3;

	private static final int RUNS = 20;

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@BeforeAll
	void startBrowser() throws Exception {
		this.browser = Browser.start();
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void measure_suggestion_latency() {
		this.browser.get("http://localhost:" + this.port + "/pairings");
		List<String> rows = new ArrayList<>();
		rows.add("| query | p50 ms | p95 ms | max ms | runs |");
		rows.add("|---|---|---|---|---|");
		long[] all = new long[QUERIES.size() * RUNS];
		int n = 0;
		for (String query : QUERIES) {
			long[] times = new long[RUNS];
			for (int i = 0; i < WARM_UP + RUNS; i++) {
				long millis = suggest(query);
				if (i >= WARM_UP) {
					times[i - WARM_UP] = millis;
					all[n++] = millis;
				}
			}
			rows.add(row(query, times));
		}
		rows.add(row("all", all));
		System.out.println("\nHeader search, last keystroke → first suggestion:\n" + String.join("\n", rows) + "\n");
	}

	/** Types the query into a cleared box; milliseconds until a suggestion shows. */
	private long suggest(String query) {
		WebElement input = Browser.waitFor(this.browser)
			.until((b) -> b.findElement(By.cssSelector("#header-search-field input")));
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		Browser.waitFor(this.browser).until((b) -> !Boolean.TRUE.equals(Browser.script(b, OPENED)));
		input.sendKeys(query);
		long typed = System.nanoTime();
		Browser.waitFor(this.browser).until((b) -> Boolean.TRUE.equals(Browser.script(b, SUGGESTED)));
		long shown = System.nanoTime();
		return (shown - typed) / 1_000_000;
	}

	private static final String OPENED = "return document.querySelector('#header-search vaadin-popover')?.opened === true";

	// A suggestion is on screen: the list is open and shows a link with text.
	private static final String SUGGESTED = """
			return document.querySelector('#header-search vaadin-popover')?.opened === true
			  && [...document.querySelectorAll('a.pa-search-hit')]
			    .some(a => a.checkVisibility() && a.textContent.trim().length > 0);
			""";

	private static String row(String name, long[] times) {
		long[] sorted = times.clone();
		Arrays.sort(sorted);
		return "| %s | %d | %d | %d | %d |".formatted(name, sorted[sorted.length / 2],
				sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)],
				sorted[sorted.length - 1], sorted.length);
	}

}
