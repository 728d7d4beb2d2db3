package org.pairingatlas.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.explorer.Browser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a new coordinator does on a fresh start, in a real headless Chromium: from the
 * first page, type 竹溪 in the header, open 竹溪县's page and read there in Chinese words who
 * it is paired with, since when, under which programme and where that is written, its
 * projects and its townships' coverage; open the explorer from there and see Beijing's
 * districts facing Shiyan's counties. Then every view, in Chinese and in English, shows
 * words and never a raw key, a vocabulary code or a development notice.
 *
 * <p>
 * With {@code -Dscreenshots=docs/screenshots} each view is also saved as a PNG there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoordinatorWalkBrowserIT extends Neo4jTestSupport {

	/** Every view, with what it shows filled in. */
	static final Map<String, String> VIEWS = new java.util.LinkedHashMap<>();

	static {
		VIEWS.put("programmes", "");
		VIEWS.put("explorer", "explore?show=420300&story=420300&layout=sides&selected=420324");
		VIEWS.put("explorer-grouped", "explore?show=420300&open=420300&selected=420300");
		VIEWS.put("dashboard", "dashboard?programme=jing-e&region=420300");
		VIEWS.put("pairings", "pairings?recipientRegion=420300");
		VIEWS.put("projects", "projects");
		VIEWS.put("organisations", "organisations");
		VIEWS.put("documents", "documents");
		VIEWS.put("imports", "imports");
		VIEWS.put("region", "region/420324");
		VIEWS.put("region-shiyan", "region/420300");
		VIEWS.put("organisation", "organisation/org-baijiazhuang-primary-school");
		VIEWS.put("programme", "programme/jing-e");
		VIEWS.put("pairing", "pairing/pair-miyun-zhuxi");
		VIEWS.put("project", "project/proj-fangxian-shagouhe-treatment");
		VIEWS.put("target", "target/tgt-d001-collaboration-funds");
		VIEWS.put("document", "document/D001");
		VIEWS.put("login", "login");
	}

	private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[.\\-_][A-Za-z0-9]+)+");

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient client;

	ChromeDriver browser;

	@BeforeAll
	void startBrowser() throws Exception {
		this.browser = Browser.start();
	}

	@BeforeEach
	void newSession() {
		this.browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void a_new_coordinator_finds_zhuxi_reads_its_pairing_in_words_and_sees_beijing_facing_shiyan() {
		open("");
		WebElement search = Browser.waitFor(this.browser)
			.until((b) -> b.findElement(By.cssSelector("#header-search-field input")));
		search.sendKeys("竹溪");
		WebElement zhuxi = Browser.waitFor(this.browser)
			.until((b) -> b.findElements(By.cssSelector("a.pa-search-hit[data-key='420324']"))
				.stream()
				.filter(WebElement::isDisplayed)
				.findFirst()
				.orElse(null));
		assertThat(text(".pa-search-results")).contains("地区");
		zhuxi.click();
		Browser.waitFor(this.browser).until((b) -> text("#region-page h1").equals("竹溪县"));
		assertThat(text("#page-partners")).contains("受援于", "密云区", "区县结对", "南水北调中线京鄂对口协作", "2014")
			.containsPattern("〔20\\d\\d〕|article|《");
		assertThat(text("#region-coverage")).matches("乡镇级结对：已知 \\d+ 个 / 共 \\d+ 个");
		assertThat(text("#region-projects")).contains("竹溪密云小学");
		assertThat(this.browser.findElement(By.cssSelector("#story-picture svg title")).getAttribute("textContent"))
			.contains("支援方");
		noDevelopmentNotice();

		this.browser.findElement(By.id("page-explorer")).click();
		Browser.waitFor(this.browser).until((b) -> Browser.nodesDrawn(this.browser) >= 3);
		assertThat(this.browser.getCurrentUrl()).contains("story=420324", "layout=sides");
		open(VIEWS.get("explorer"));
		Browser.waitFor(this.browser).until((b) -> Browser.nodesDrawn(this.browser) > 10);
		for (String beijing : List.of("110118", "110108", "110111")) {
			for (String shiyan : List.of("420324", "420381", "420325")) {
				assertThat(Browser.x(this.browser, beijing)).as("%s stands left of %s", beijing, shiyan)
					.isLessThan(Browser.x(this.browser, shiyan));
			}
		}
		noDevelopmentNotice();
	}

	@Test
	void every_view_shows_words_not_keys_or_codes_in_chinese_and_in_english() throws IOException {
		Set<String> codes = codes();
		Set<String> keys = messageKeys();
		for (String language : List.of("zh", "en")) {
			if (language.equals("en")) {
				open("");
				Browser.waitFor(this.browser).until((b) -> b.findElement(By.id("language-switch"))).click();
				Browser.waitFor(this.browser).until((b) -> text("#language-switch").equals("中文"));
			}
			for (Map.Entry<String, String> view : VIEWS.entrySet()) {
				open(view.getValue());
				Browser.waitFor(this.browser)
					.until((b) -> !b.findElements(By.cssSelector("[role=main] h1, [role=main] h2")).isEmpty()
							|| !b.findElements(By.cssSelector("vaadin-login-overlay, vaadin-login-form")).isEmpty());
				settle(view.getKey());
				String text = (String) Browser.script(this.browser, "return document.body.innerText");
				List<String> raw = rawWords(text, codes, keys);
				assertThat(raw).as("%s (%s) shows these keys or codes", view.getKey(), language).isEmpty();
				noDevelopmentNotice();
				if (language.equals("zh")) {
					screenshot(view.getKey());
				}
			}
		}
	}

	/** Words of the page that are message keys, vocabulary codes or booleans. */
	static List<String> rawWords(String text, Set<String> codes, Set<String> keys) {
		List<String> raw = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			String word = matcher.group();
			if (keys.contains(word) || codes.contains(word)) {
				raw.add(word);
			}
		}
		Matcher booleans = Pattern.compile("(?<![A-Za-z])(true|false)(?![A-Za-z])").matcher(text);
		while (booleans.find()) {
			raw.add(booleans.group());
		}
		return raw;
	}

	/**
	 * The codes the graph's vocabularies hold that a reader must never see: every value
	 * of a vocabulary property written with a separator (district-county,
	 * funds.collaboration, water-quality).
	 */
	private Set<String> codes() {
		Set<String> codes = new LinkedHashSet<>();
		this.client.query("""
				MATCH (n:Entity)
				UNWIND ['kind', 'level', 'status', 'category', 'unit', 'measure', 'dimension', 'role', 'comparator',
				        'direction', 'recurrence'] AS property
				WITH n[property] AS value WHERE value IS NOT NULL
				RETURN DISTINCT toString(value) AS code
				""").fetch().all().forEach((row) -> {
			String code = (String) row.get("code");
			if (WORD.matcher(code).matches()) {
				codes.add(code);
			}
		});
		assertThat(codes).as("the graph's coded words").contains("district-county");
		// A word the data itself writes (an English name, a note) is text, not a code.
		List<String> written = new ArrayList<>();
		this.client.query("""
				MATCH (n:Entity)
				UNWIND ['nameEn', 'note', 'title', 'indicatorEn', 'qualifier'] AS property
				WITH n[property] AS text WHERE text IS NOT NULL
				RETURN toString(text) AS text
				""").fetch().all().forEach((row) -> written.add((String) row.get("text")));
		String data = String.join(" ", written);
		codes.removeIf((code) -> Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(code) + "(?![A-Za-z0-9-])")
			.matcher(data)
			.find());
		return codes;
	}

	private static Set<String> messageKeys() throws IOException {
		Set<String> keys = new LinkedHashSet<>();
		try (var in = CoordinatorWalkBrowserIT.class.getResourceAsStream("/i18n/messages_zh.properties")) {
			java.util.Properties messages = new java.util.Properties();
			messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			keys.addAll(messages.stringPropertyNames());
		}
		return keys;
	}

	/** Waits for what a view draws after its page: the canvas, a grid's rows. */
	private void settle(String view) {
		if (view.startsWith("explorer")) {
			Browser.waitFor(this.browser).until((b) -> Browser.nodesDrawn(this.browser) > 0);
		}
		if (List.of("pairings", "projects", "organisations", "documents").contains(view)) {
			Browser.waitFor(this.browser)
				.until((b) -> !b.findElements(By.cssSelector("vaadin-grid-cell-content")).isEmpty());
		}
	}

	private void noDevelopmentNotice() {
		assertThat(Browser.script(this.browser,
				"return !!document.querySelector('vaadin-dev-tools, copilot-main') || !!(window.Vaadin && window.Vaadin.developmentMode)"))
			.as("a development notice or tools")
			.isEqualTo(false);
	}

	private void screenshot(String name) throws IOException {
		String folder = System.getProperty("screenshots");
		if (folder == null || folder.isBlank()) {
			return;
		}
		Path target = Path.of(folder).resolve(name + ".png");
		Files.createDirectories(target.getParent());
		Files.write(target, this.browser.getScreenshotAs(OutputType.BYTES));
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + "/" + path);
	}

	private String text(String css) {
		List<WebElement> found = this.browser.findElements(By.cssSelector(css));
		return found.isEmpty() ? "" : found.get(0).getText();
	}

}
