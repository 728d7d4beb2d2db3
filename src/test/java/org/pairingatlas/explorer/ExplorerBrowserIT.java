package org.pairingatlas.explorer;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.coverage.CoverageQuery;
import org.pairingatlas.pairing.PairingFilter;
import org.pairingatlas.pairing.PairingSearch;
import org.pairingatlas.pairing.PairingSort;
import org.pairingatlas.base.graphql.Page;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer in a real headless Chromium: what a coordinator does with the mouse and
 * keyboard, checked against what the graph holds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerBrowserIT extends Neo4jTestSupport {

	/** 竹溪县, a Shiyan county paired with a Beijing district. */
	static final String ZHUXI = "420324";

	@LocalServerPort
	int port;

	@Autowired
	PairingSearch pairings;

	@Autowired
	CoverageQuery coverage;

	ChromeDriver browser;

	@BeforeAll
	void startBrowser() throws Exception {
		this.browser = Browser.start();
	}

	// Each test starts a new session, so the language one test picks does not carry over.
	@BeforeEach
	void newSession() {
		this.browser.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void searching_zhuxi_tells_its_story_supporter_facing_it_and_shows_where_it_comes_from() {
		open("explore");
		WebElement input = Browser.waitFor(this.browser)
			.until((b) -> b.findElement(By.cssSelector("#explorer-search input")));
		input.sendKeys("竹溪");
		WebElement suggestion = Browser.waitFor(this.browser)
			.until((b) -> b.findElements(By.cssSelector("vaadin-combo-box-item"))
				.stream()
				.filter((item) -> item.getText().startsWith("竹溪县"))
				.findFirst()
				.orElse(null));
		suggestion.click();
		Browser.waitFor(this.browser).until((b) -> Browser.nodesDrawn(this.browser) >= 3);
		assertThat(text("#details-title")).isEqualTo("竹溪县");
		assertThat(text("#node-details")).contains("出处", "受援于", "密云区");
		assertThat(this.browser.getCurrentUrl()).contains("story=" + ZHUXI)
			.contains("layout=sides")
			.contains("selected=" + ZHUXI);
		assertThat(drawnIds()).contains(ZHUXI, "110118", "pair-miyun-zhuxi").doesNotContain("420300");
		assertThat(Browser.x(this.browser, "110118")).as("the supporter stands left of its recipient")
			.isLessThan(Browser.x(this.browser, ZHUXI));
	}

	@Test
	void double_clicking_a_neighbour_expands_it_and_again_collapses_it() {
		open("explore?show=" + ZHUXI + "&open=" + ZHUXI);
		Browser.waitFor(this.browser).until((b) -> Browser.nodesDrawn(this.browser) > 5);
		int before = Browser.nodesDrawn(this.browser);
		// 十堰市 is a neighbour through the hierarchy; its own neighbours are the other
		// counties.
		Browser.script(this.browser,
				"document.querySelector('pa-graph-canvas').cy.getElementById('420300').emit('dbltap')");
		Browser.waitFor(this.browser).until((b) -> Browser.nodesDrawn(this.browser) > before);
		assertThat(drawnIds()).contains("420302", "420303");
		assertThat(this.browser.getCurrentUrl()).contains("420300");
		Browser.script(this.browser,
				"document.querySelector('pa-graph-canvas').cy.getElementById('420300').emit('dbltap')");
		Browser.waitFor(this.browser).until((b) -> Browser.nodesDrawn(this.browser) == before);
	}

	@Test
	void hiding_the_hierarchy_filters_the_network_and_the_link_keeps_the_filter() {
		open("explore?show=" + ZHUXI + "&open=" + ZHUXI);
		Browser.waitFor(this.browser).until((b) -> Browser.nodesDrawn(this.browser) > 5);
		int before = Browser.nodesDrawn(this.browser);
		this.browser.findElement(By.cssSelector("#filter-hierarchy input")).click();
		Browser.waitFor(this.browser).until((b) -> Browser.nodesDrawn(this.browser) < before);
		assertThat(drawnIds()).doesNotContain("420300");
		String link = this.browser.getCurrentUrl();
		assertThat(link).contains("hierarchy=off");
		this.browser.get(link);
		Browser.waitFor(this.browser).until((b) -> Browser.nodesDrawn(this.browser) > 0);
		assertThat(drawnIds()).contains(ZHUXI).doesNotContain("420300");
	}

	@Test
	void a_path_between_two_nodes_is_drawn_and_highlighted() {
		open("explore?show=" + ZHUXI + "&path=" + ZHUXI + ",jing-e");
		Browser.waitFor(this.browser)
			.until((b) -> ((Number) Browser.script(b,
					"return document.querySelector('pa-graph-canvas')?.cy?.elements('.path').length || 0"))
				.intValue() >= 3);
		assertThat(drawnIds()).contains(ZHUXI, "jing-e");
		assertThat(text("#graph-status")).contains("最短路径");
	}

	@Test
	void the_dashboard_charts_funding_and_lists_the_unpaired_townships() {
		open("dashboard?programme=jing-e&region=420300&level=township");
		Browser.waitFor(this.browser)
			.until((b) -> b.findElement(By.id("chart-by-category")).getDomAttribute("data-points") != null);
		int unpaired = this.coverage.coverage("420300", "township", null, "jing-e", "RECIPIENT")
			.orElseThrow()
			.unpairedCount();
		assertThat(text("#coverage-summary")).contains("十堰市");
		assertThat(text("#coverage-panel")).contains("未结对（" + unpaired + "）");
		assertThat(this.browser.findElement(By.id("target-panel")).getText()).isNotBlank();
	}

	@Test
	void the_pairings_list_exports_every_filtered_row_as_csv() {
		open("pairings?programme=jing-e");
		WebElement csv = Browser.waitFor(this.browser).until((b) -> b.findElement(By.id("pairings-csv")));
		Browser.waitFor(this.browser).until((b) -> csv.getDomAttribute("href") != null);
		Object body = this.browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ "fetch(document.getElementById('pairings-csv').href).then(r => r.text()).then(done);");
		List<String> lines = ((String) body).lines().toList();
		long expected = this.pairings
			.find(new PairingFilter("jing-e", null, null, null, null, null, null), PairingSort.PROGRAMME,
					new Page(0, 1))
			.totalCount();
		assertThat(lines.get(0)).endsWith("key,programme,level,kind,supporter_key,supporter,recipient_key,recipient,"
				+ "start_date,end_date,status,confirmed");
		assertThat(lines).hasSize((int) expected + 1);
		assertThat(lines.subList(1, lines.size())).allSatisfy((line) -> assertThat(line).contains(",jing-e,"));
	}

	@Test
	void exporting_png_downloads_a_picture_of_the_drawn_network() throws Exception {
		Path downloads = Files.createTempDirectory("pairing-atlas-downloads-");
		this.browser.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		open("explore?show=" + ZHUXI + "&open=" + ZHUXI);
		Browser.waitFor(this.browser).until((b) -> Browser.nodesDrawn(this.browser) > 5);
		this.browser.findElement(By.id("export-png")).click();
		Path png = downloads.resolve("pairing-atlas.png");
		Browser.waitFor(this.browser).until((b) -> Files.exists(png) && !Files.exists(Path.of(png + ".crdownload")));
		byte[] bytes = Files.readAllBytes(png);
		assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
		BufferedImage image = ImageIO.read(png.toFile());
		assertThat(image.getWidth()).isGreaterThan(200);
		assertThat(image.getHeight()).isGreaterThan(200);
	}

	@Test
	void a_coordinator_signs_in_with_the_form_and_may_then_record_pairings() {
		open("pairings");
		Browser.waitFor(this.browser).until((b) -> b.findElement(By.id("pairings-grid")));
		assertThat(this.browser.findElements(By.id("pairings-record"))).isEmpty();
		open("login");
		signIn(COORDINATOR, "wrong-password");
		Browser.waitFor(this.browser).until((b) -> b.getCurrentUrl().contains("error"));
		// The form says the sign-in failed, and the coordinator is still anonymous.
		Browser.waitFor(this.browser)
			.until((b) -> "true".equals(b.findElement(By.tagName("vaadin-login-form")).getDomProperty("error")));
		assertThat(this.browser.findElements(By.id("signed-in-as"))).isEmpty();
		signIn(COORDINATOR, PASSWORD);
		Browser.waitFor(this.browser).until((b) -> !b.getCurrentUrl().contains("login"));
		open("pairings");
		Browser.waitFor(this.browser).until((b) -> b.findElement(By.id("pairings-record")));
		assertThat(text("#signed-in-as")).isEqualTo(COORDINATOR);
	}

	private void signIn(String username, String password) {
		WebElement user = Browser.waitFor(this.browser)
			.until((b) -> b.findElement(By.cssSelector("vaadin-text-field[name='username'] input")));
		user.clear();
		user.sendKeys(username);
		WebElement secret = this.browser.findElement(By.cssSelector("vaadin-password-field[name='password'] input"));
		secret.clear();
		secret.sendKeys(password, Keys.ENTER);
	}

	@Test
	void the_language_switch_turns_the_explorer_english() {
		open("explore");
		Browser.waitFor(this.browser).until((b) -> b.findElement(By.id("language-switch"))).click();
		Browser.waitFor(this.browser).until((b) -> b.findElement(By.id("language-switch")).getText().equals("中文"));
		assertThat(this.browser.findElement(By.id("explorer-start")).getText()).contains("Start from");
		this.browser.findElement(By.id("language-switch")).click();
		Browser.waitFor(this.browser).until((b) -> b.findElement(By.id("language-switch")).getText().equals("English"));
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + "/" + path);
	}

	@SuppressWarnings("unchecked")
	private List<String> drawnIds() {
		return (List<String>) Browser.script(this.browser,
				"return document.querySelector('pa-graph-canvas').cy.nodes().map(n => n.id())");
	}

	private String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

}
