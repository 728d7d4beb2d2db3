package org.pairingatlas.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.pairingatlas.base.neo4j.AccessIntent;
import org.pairingatlas.GraphQlTestSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search finds entities by Chinese, pinyin with or without tones, initials and English,
 * ranked.
 */
class SearchIT extends GraphQlTestSupport {

	@Autowired
	private Driver driver;

	private String topName(String text) {
		return this.graphQl.documentName("search")
			.variable("text", text)
			.variable("first", 5)
			.execute()
			.path("search[0].node.name")
			.entity(String.class)
			.get();
	}

	@Test
	void chinese_text_ranks_the_exact_region_first() {
		assertThat(topName("竹溪")).isEqualTo("竹溪县");
		assertThat(topName("竹溪县")).isEqualTo("竹溪县");
	}

	@Test
	void pinyin_with_or_without_tones_finds_shiyan() {
		assertThat(topName("shiyan")).isEqualTo("十堰市");
		assertThat(topName("Shí yàn")).isEqualTo("十堰市");
		assertThat(topName("shi2yan4")).isEqualTo("十堰市");
	}

	@Test
	void a_county_is_found_before_the_many_villages_that_share_its_syllables() {
		// More villages than the index hands back as candidates, written before the
		// county so that they come first among equally scored prefix matches.
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			rows.add(unit("test-tiers-village-" + i, "鼋鼍村", "village", 4));
		}
		rows.add(unit("test-tiers-county", "鼋鼍县", "county", 2));
		// The test writes its own places, as a declared writer.
		AccessIntent.writing(() -> {
			try (Session session = this.driver.session()) {
				for (Map<String, Object> row : rows) {
					session.run("CREATE (n:Entity:Region) SET n = $row", Map.of("row", row)).consume();
				}
				try {
					assertThat(topName("yuantuo")).isEqualTo("鼋鼍县");
					assertThat(topName("ytx")).isEqualTo("鼋鼍县");
				}
				finally {
					session.run("MATCH (n:Region) WHERE n.key STARTS WITH 'test-tiers-' DETACH DELETE n").consume();
				}
			}
		});
	}

	private static Map<String, Object> unit(String key, String name, String level, int levelRank) {
		Map<String, Object> unit = new HashMap<>(SearchTerms.propertiesOf(name, levelRank));
		unit.values().removeIf(Objects::isNull);
		unit.putAll(Map.of("key", key, "code", key, "name", name, "level", level, "levelRank", levelRank, "official",
				true, "confirmed", true));
		return unit;
	}

	@Test
	void initials_find_shiyan() {
		var response = this.graphQl.documentName("search").variable("text", "sy").variable("first", 10).execute();
		response.path("search[*].node.name").entityList(String.class).contains("十堰市");
		response.path("search[0].matched").entity(String.class).isEqualTo("initials");
	}

	@Test
	void english_words_around_pinyin_are_understood() {
		assertThat(topName("Zhuxi County")).isEqualTo("竹溪县");
		assertThat(topName("Beijing Drainage")).isEqualTo("北京排水集团");
	}

	@Test
	void a_search_can_be_narrowed_to_types() {
		this.graphQl.documentName("search")
			.variable("text", "竹溪")
			.variable("types", java.util.List.of("ORGANISATION"))
			.variable("first", 10)
			.execute()
			.path("search[*].node.__typename")
			.entityList(String.class)
			.satisfies((types) -> assertThat(types).isNotEmpty().allMatch("Organisation"::equals));
	}

	@Test
	void an_empty_text_is_refused() {
		this.graphQl.documentName("search")
			.variable("text", "  ")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors.get(0).getMessage()).contains("text").contains("must not be empty"));
	}

	@Test
	void lucene_syntax_in_the_text_is_taken_literally() {
		this.graphQl.documentName("search").variable("text", "竹溪 AND (*").execute().errors().verify();
	}

}
