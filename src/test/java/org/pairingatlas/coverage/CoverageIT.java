package org.pairingatlas.coverage;

import org.junit.jupiter.api.Test;
import org.pairingatlas.GraphQlTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage shows the enumerated paired and unpaired units beside the reported figure.
 */
class CoverageIT extends GraphQlTestSupport {

	@Test
	void shiyan_townships_show_134_reported_beside_129_units_and_the_few_known_pairs() {
		var response = this.graphQl.documentName("coverage")
			.variable("region", "420300")
			.variable("level", "township")
			.variable("programme", "jing-e")
			.execute();
		response.path("coverage.units").entity(Integer.class).isEqualTo(129);
		response.path("coverage.reported[*].value").entityList(String.class).contains("134");
		response.path("coverage.paired[*].region.name").entityList(String.class).contains("黄龙镇", "城关镇");
		int paired = response.path("coverage.pairedCount").entity(Integer.class).get();
		int unpaired = response.path("coverage.unpairedCount").entity(Integer.class).get();
		assertThat(paired + unpaired).isEqualTo(129);
		response.path("coverage.unpaired").entityList(Object.class).hasSize(unpaired);
		response.path("coverage.ratio").entity(Double.class).isEqualTo(paired / 129.0);
	}

	@Test
	void an_unknown_level_is_refused() {
		this.graphQl.documentName("coverage")
			.variable("region", "420300")
			.variable("level", "galaxy")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors.get(0).getMessage()).contains("level 'galaxy'"));
	}

}
