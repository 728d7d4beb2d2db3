package org.pairingatlas.search;

import org.junit.jupiter.api.Test;
import org.pairingatlas.GraphQlTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search finds entities by Chinese, pinyin with or without tones, initials and English,
 * ranked.
 */
class SearchIT extends GraphQlTestSupport {

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
