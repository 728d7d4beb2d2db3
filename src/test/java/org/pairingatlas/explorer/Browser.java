package org.pairingatlas.explorer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven through Debian's chromedriver, with a fresh profile
 * each time; nothing is downloaded. {@code .ci/run} installs both packages.
 */
public final class Browser {

	static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

	static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

	private Browser() {
	}

	public static ChromeDriver start() throws Exception {
		String chromium = firstExisting(CHROMIUM, "chromium (apt-get install chromium)");
		String driver = firstExisting(DRIVER, "chromedriver (apt-get install chromium-driver)");
		Path profile = Files.createTempDirectory("pairing-atlas-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile, "--window-size=1500,950", "--lang=zh-CN");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/**
	 * Waits (polling, up to a minute: the first page may wait for the frontend bundle).
	 */
	public static WebDriverWait waitFor(WebDriver driver) {
		// A page reload (the language switch) leaves elements found before it stale; look
		// again. Chromium sometimes reports such an element as a node that "does not
		// belong
		// to the document" instead of as stale; that is the same thing.
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(100)) {

			@Override
			public <V> V until(Function<? super WebDriver, ? extends V> condition) {
				return super.until((browser) -> {
					try {
						return condition.apply(browser);
					}
					catch (WebDriverException ex) {
						if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
							throw new StaleElementReferenceException(ex.getMessage(), ex);
						}
						throw ex;
					}
				});
			}

		};
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	/**
	 * Opens {@code url} in a fresh session (no cookies) and waits for the explorer's
	 * network to be drawn.
	 * @return milliseconds from navigation start to the drawn network
	 */
	public static long firstPaint(ChromeDriver browser, String url) {
		browser.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
		browser.get(url);
		waitFor(browser).until((b) -> paintedAt(browser) > 0);
		return paintedAt(browser);
	}

	/**
	 * Milliseconds from navigation start to the graph canvas's last drawn frame, or -1
	 * before the first.
	 */
	public static long paintedAt(WebDriver browser) {
		Object at = script(browser, "return document.querySelector('pa-graph-canvas')?.dataset.paintedAt || null");
		return (at != null) ? Long.parseLong(at.toString()) : -1;
	}

	public static Object script(WebDriver driver, String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	private static String firstExisting(List<String> candidates, String what) {
		return candidates.stream()
			.filter((path) -> Files.isExecutable(Path.of(path)))
			.findFirst()
			.orElseThrow(
					() -> new IllegalStateException("The browser tests need " + what + "; looked in " + candidates));
	}

	/** How many nodes the explorer's canvas draws, or -1 before it has drawn. */
	public static int nodesDrawn(WebDriver browser) {
		Object nodes = script(browser, "return document.querySelector('pa-graph-canvas')?.dataset.nodes");
		return (nodes != null) ? Integer.parseInt(nodes.toString()) : -1;
	}

	/** Where the canvas placed a node, left to right. */
	public static double x(WebDriver browser, String id) {
		return ((Number) script(browser,
				"return document.querySelector('pa-graph-canvas').cy.getElementById(arguments[0]).position().x", id))
			.doubleValue();
	}

}
