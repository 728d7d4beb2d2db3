package org.pairingatlas.base.ui.component;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A picker names a place with its division code, which tells two 城关镇 apart, and never
 * shows an internal key.
 */
class NodePickerTests {

	@Test
	void a_division_shows_its_code_and_anything_else_only_its_name() {
		assertThat(NodePicker.label("城关镇", "420324100")).isEqualTo("城关镇 · 420324100");
		assertThat(NodePicker.label("北京朝阳区白家庄小学", "org-baijiazhuang-primary-school")).isEqualTo("北京朝阳区白家庄小学");
		assertThat(NodePicker.label("南水北调中线京鄂对口协作", "jing-e")).isEqualTo("南水北调中线京鄂对口协作");
	}

}
