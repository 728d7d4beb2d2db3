package org.pairingatlas.entity;

import org.junit.jupiter.api.Test;
import org.pairingatlas.base.ui.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facts that are numbers read as words in either language, never as database codes.
 */
class NodeWordsTests {

	private static String coded(String... parts) {
		return NodeWords.MARK + String.join(NodeWords.MARK, parts);
	}

	@Test
	void a_reported_figure_reads_with_its_measure_unit_and_period() {
		String figure = coded("figure", "funds.collaboration", "", "11.25", "yi", "2016", "2020");
		assertThat(NodeWords.of(figure, Language.CHINESE)).isEqualTo("对口协作资金 11.25 亿元（2016–2020）");
		assertThat(NodeWords.of(figure, Language.ENGLISH)).doesNotContain("funds.").contains("(2016–2020)");
	}

	@Test
	void exchanges_targets_and_transfers_read_in_words() {
		assertThat(NodeWords.of(coded("exchange", "expert-visit", "35", "person-times"), Language.CHINESE))
			.isEqualTo("专家服务 35 人次");
		assertThat(NodeWords.of(coded("target", "空气质量优良天数比例", ">=", "95", "percent"), Language.CHINESE))
			.isEqualTo("空气质量优良天数比例 ≥ 95%");
		assertThat(NodeWords.of(coded("transfer", "120000000000"), Language.CHINESE)).isEqualTo("资金拨付 12 亿元");
		assertThat(NodeWords.of(coded("transfer", "1200000000"), Language.CHINESE)).isEqualTo("资金拨付 1,200 万元");
		assertThat(NodeWords.of("竹溪县", Language.ENGLISH)).isEqualTo("竹溪县");
	}

}
