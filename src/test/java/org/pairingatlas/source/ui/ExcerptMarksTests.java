package org.pairingatlas.source.ui;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words facts quote are found in a document's text as the excerpt checks find them,
 * whitespace aside, and marked where they stand.
 */
class ExcerptMarksTests {

	@Test
	void an_excerpt_is_marked_across_a_line_break_of_the_document() {
		List<ExcerptMarks.Stretch> stretches = ExcerptMarks.of("两地党政机构积极开展结对协作,10个区县\n结对,134个乡镇结为亲戚。",
				List.of("10个区县结对"));
		assertThat(stretches).containsExactly(new ExcerptMarks.Stretch("两地党政机构积极开展结对协作,", false),
				new ExcerptMarks.Stretch("10个区县\n结对", true), new ExcerptMarks.Stretch(",134个乡镇结为亲戚。", false));
	}

	@Test
	void overlapping_and_repeated_excerpts_mark_every_place_once() {
		List<ExcerptMarks.Stretch> stretches = ExcerptMarks.of("甲乙丙丁 甲乙", List.of("甲乙", "乙丙"));
		assertThat(stretches).containsExactly(new ExcerptMarks.Stretch("甲乙丙", true),
				new ExcerptMarks.Stretch("丁 ", false), new ExcerptMarks.Stretch("甲乙", true));
	}

	@Test
	void a_text_nothing_quotes_is_one_unmarked_stretch() {
		assertThat(ExcerptMarks.of("全文", List.of("别处的话", " "))).containsExactly(new ExcerptMarks.Stretch("全文", false));
		assertThat(ExcerptMarks.of("", List.of("x"))).isEmpty();
	}

}
