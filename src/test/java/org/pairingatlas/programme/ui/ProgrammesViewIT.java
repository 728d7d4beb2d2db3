package org.pairingatlas.programme.ui;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pairingatlas.SeedGraphPerClass;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.programme.ProgrammeCounts;
import org.pairingatlas.programme.Programmes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start view shows the five programmes with the counts the graph holds.
 */
@SpringBootTest
@ExtendWith(SeedGraphPerClass.class)
@ViewPackages(classes = ProgrammesView.class)
class ProgrammesViewIT extends SpringBrowserlessTest {

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		Neo4jTestSupport.register(registry);
	}

	@Autowired
	Programmes programmes;

	@Test
	void the_start_view_shows_every_programme_with_its_real_counts() {
		ProgrammesView view = navigate(ProgrammesView.class);
		assertThat(view.cards()).hasSize(6);
		Map<String, ProgrammeCounts> counts = this.programmes
			.countsOf(view.cards().stream().map((card) -> card.programme().key()).toList());
		view.cards().forEach((card) -> assertThat(card.counts()).isEqualTo(counts.get(card.programme().key())));
		ProgrammeCard beijingHubei = view.cards()
			.stream()
			.filter((card) -> card.programme().key().equals("jing-e"))
			.findFirst()
			.orElseThrow();
		assertThat(beijingHubei.counts().countyPairings()).isEqualTo(11);
		assertThat(beijingHubei.getElement().getTextRecursively()).contains("南水北调中线京鄂对口协作", "十政办发〔2022〕20号");
	}

}
