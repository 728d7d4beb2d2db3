package org.pairingatlas.explorer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pairingatlas.Neo4jTestSupport;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main view checked with axe-core in a real headless Chromium, with all its rules
 * (WCAG 2.x A and AA and best practices): no critical or serious violation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserIT extends Neo4jTestSupport {

	@LocalServerPort
	int port;

	ChromeDriver browser;

	String axe;

	@BeforeAll
	void startBrowser() throws Exception {
		this.browser = Browser.start();
		try (InputStream in = AccessibilityBrowserIT.class.getResourceAsStream("/axe/axe.min.js")) {
			this.axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "explore", "explore?show=420300&story=420300&layout=sides&selected=420324",
			"explore?show=420300&open=420300", "dashboard", "pairings", "projects", "organisations", "documents",
			"region/420324", "imports", "organisation/org-baijiazhuang-primary-school", "programme/jing-e",
			"pairing/pair-miyun-zhuxi", "project/proj-fangxian-shagouhe-treatment",
			"target/tgt-d001-collaboration-funds", "document/D001" })
	void a_view_has_no_critical_or_serious_violation(String view) throws IOException {
		this.browser.get("http://localhost:" + this.port + "/" + view);
		Browser.waitFor(this.browser).until((b) -> !b.findElements(By.cssSelector("vaadin-app-layout")).isEmpty());
		Browser.script(this.browser, this.axe);
		@SuppressWarnings("unchecked")
		Map<String, Object> result = (Map<String, Object>) this.browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document)
				  .then(r => done({ violations: r.violations.map(v => ({ id: v.id, impact: v.impact,
				      nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })) }))
				  .catch(e => done({ error: String(e) }));
				""");
		assertThat(result).doesNotContainKey("error");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
		List<String> grave = new ArrayList<>();
		violations.forEach((v) -> {
			if ("critical".equals(v.get("impact")) || "serious".equals(v.get("impact"))) {
				grave.add(v.get("id") + " (" + v.get("impact") + ", " + v.get("nodes") + "): " + v.get("targets"));
			}
		});
		System.out.println("AXE " + view + " "
				+ violations.stream()
					.map((v) -> v.get("id") + ":" + v.get("impact") + ":" + v.get("targets"))
					.toList());
		assertThat(grave).as(view).isEmpty();
	}

}
