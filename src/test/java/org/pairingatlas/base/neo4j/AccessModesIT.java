package org.pairingatlas.base.neo4j;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pairingatlas.GraphQlTestSupport;
import org.pairingatlas.explorer.Browser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every statement the API and the explorer send is a read, in a session or transaction in
 * read mode, so that on a cluster it may go to any member; a mutation's statements are
 * writes, in write mode, sent to the leader; a read after a write carries the write's
 * bookmark, so that a client reads its own writes. Proved on the statements themselves,
 * as a driver wrapper records them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(StatementRecording.class)
class AccessModesIT extends GraphQlTestSupport {

	private static final Pattern WRITES = Pattern.compile("\\b(CREATE|MERGE|SET|DELETE|REMOVE)\\b");

	@Autowired
	Driver driver;

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

	@BeforeEach
	void forget() {
		assertThat(this.driver).as("the application's driver routes").isInstanceOf(RoutedDriver.class);
		RecordingDriver.take();
	}

	@Test
	void the_apis_reads_are_sent_as_reads() {
		this.graphQl.documentName("lookups").execute();
		this.graphQl.documentName("regionPairings").variable("code", "420324").execute();
		this.graphQl.documentName("pairingsPage")
			.variable("filter", Map.of("recipientRegion", "420300"))
			.variable("first", 20)
			.execute();
		this.graphQl.documentName("search").variable("text", "竹溪").execute();
		this.graphQl.documentName("node").variable("id", "420324").execute();
		this.graphQl.documentName("shortestPaths")
			.variable("from", "110118")
			.variable("to", "org-zhuxi-miyun-primary-school")
			.execute();
		this.graphQl.documentName("coverage").variable("region", "420300").variable("level", "township").execute();
		this.graphQl.documentName("neighbourhood").variable("id", "420300").variable("depth", 2).execute();
		this.graphQl.documentName("programmes").execute();
		this.graphQl.documentName("targets").variable("programme", "jing-e").execute();
		List<RecordingDriver.Statement> sent = RecordingDriver.take();
		assertThat(sent).as("statements sent").hasSizeGreaterThan(10);
		assertThat(sent)
			.allSatisfy((statement) -> assertThat(statement.mode()).as(statement.cypher()).isEqualTo(AccessMode.READ));
	}

	@Test
	void the_explorer_and_the_pages_read_as_reads() {
		String base = "http://localhost:" + this.port + "/";
		for (String page : List.of("explore?show=420300&story=420300&layout=sides&selected=420324", "region/420324",
				"pairing/pair-miyun-zhuxi", "dashboard?programme=jing-e&region=420300")) {
			this.browser.get(base + page);
			Browser.waitFor(this.browser).until((b) -> !b.findElements(By.cssSelector("[role=main] h1")).isEmpty());
		}
		Browser.waitFor(this.browser)
			.until((b) -> !b.findElements(By.cssSelector("#coverage-panel, #target-panel")).isEmpty());
		List<RecordingDriver.Statement> sent = RecordingDriver.take();
		assertThat(sent).as("statements sent").hasSizeGreaterThan(5);
		assertThat(sent)
			.allSatisfy((statement) -> assertThat(statement.mode()).as(statement.cypher()).isEqualTo(AccessMode.READ));
	}

	@Test
	void a_mutation_writes_as_a_write_and_the_next_read_carries_its_bookmark() {
		as(COORDINATOR).documentName("recordExchange")
			.variable("input",
					Map.of("programme", "jing-e", "kind", "secondment", "count", "3", "unit", "person", "direction",
							"both", "periodStart", "2024", "periodEnd", "2024", "source",
							Map.of("document", "D001", "excerpt", "京堰互派挂职干部217人")))
			.execute()
			.path("recordExchange.errors")
			.entityList(Object.class)
			.hasSize(0);
		List<RecordingDriver.Statement> written = RecordingDriver.take();
		assertThat(written).filteredOn((statement) -> WRITES.matcher(statement.cypher()).find())
			.isNotEmpty()
			.allSatisfy((statement) -> assertThat(statement.mode()).as(statement.cypher()).isEqualTo(AccessMode.WRITE));

		this.graphQl.documentName("programmes").execute();
		assertThat(RecordingDriver.take()).isNotEmpty()
			.allSatisfy((statement) -> assertThat(statement.bookmarks()).as("bookmarks of " + statement.cypher())
				.isPositive());
	}

	@Test
	void a_write_that_does_not_say_so_is_refused_by_the_database_not_routed_as_a_read() {
		try (Session session = this.driver.session()) {
			assertThatThrownBy(() -> session.run("CREATE (:Scratch)").consume()).isInstanceOf(ClientException.class)
				.hasMessageContaining("read");
		}
		AccessIntent.writing(() -> {
			try (Session session = this.driver.session()) {
				session.run("CREATE (s:Scratch) DELETE s").consume();
			}
		});
	}

}
