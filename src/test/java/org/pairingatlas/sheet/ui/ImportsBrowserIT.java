package org.pairingatlas.sheet.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.explorer.Browser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The imports page in a real headless Chromium, as a coordinator uses it: sign in, upload
 * a sheet through the page's upload, preview, read the refusal, import.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportsBrowserIT extends Neo4jTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@TempDir
	Path folder;

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
	void a_coordinator_uploads_a_sheet_previews_it_and_imports_the_accepted_rows() throws IOException {
		long before = pairings();
		this.browser.get("http://localhost:" + this.port + "/login");
		Browser.waitFor(this.browser)
			.until((b) -> b.findElement(By.cssSelector("vaadin-text-field[name='username'] input")))
			.sendKeys(COORDINATOR);
		this.browser.findElement(By.cssSelector("vaadin-password-field[name='password'] input"))
			.sendKeys(PASSWORD, Keys.ENTER);
		Browser.waitFor(this.browser).until((b) -> !b.getCurrentUrl().contains("login"));
		this.browser.get("http://localhost:" + this.port + "/imports");
		WebElement upload = Browser.waitFor(this.browser).until((b) -> b.findElement(By.id("imports-file")));
		upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(sheet().toString());
		Browser.waitFor(this.browser)
			.until((b) -> b.findElement(By.id("imports-preview")).getDomAttribute("disabled") == null);
		this.browser.findElement(By.id("imports-preview")).click();
		Browser.waitFor(this.browser).until((b) -> b.findElement(By.id("imports-counts")).getText().contains("新增 1"));
		assertThat(this.browser.findElement(By.id("imports-counts")).getText()).contains("拒绝 1");
		Browser.waitFor(this.browser).until((b) -> b.findElement(By.id("imports-rows")).getText().contains("竹溪县无此镇"));
		this.browser.findElement(By.id("imports-commit")).click();
		Browser.waitFor(this.browser).until((b) -> b.findElement(By.id("imports-counts")).getText().contains("已导入"));
		assertThat(pairings()).isEqualTo(before + 1);
	}

	private Path sheet() throws IOException {
		Path file = this.folder.resolve("乡镇结对.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("名单");
			String[][] rows = { { "协作计划", "支援方", "受援方" }, { "南水北调中线京鄂对口协作", "东城区东四街道", "竹溪县 丰溪镇" },
					{ "南水北调中线京鄂对口协作", "东城区东四街道", "竹溪县无此镇" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
		}
		return file;
	}

	private long pairings() {
		return this.driver.executableQuery("MATCH (p:Pairing) RETURN count(p) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

}
