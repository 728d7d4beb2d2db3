package org.pairingatlas.target;

import org.junit.jupiter.api.Test;
import org.pairingatlas.GraphQlTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plan targets with their parts, periods and status.
 */
class TargetIT extends GraphQlTestSupport {

	@Test
	void the_three_gorges_400_yi_target_has_its_three_parts() {
		var response = this.graphQl.documentName("targets").variable("programme", "three-gorges-hubei").execute();
		response.path("targets[?(@.value == '400' && @.unit == 'yi')].parts[*].value")
			.entityList(String.class)
			.satisfies((parts) -> assertThat(parts).containsExactlyInAnyOrder("280", "5", "115"));
		response.path("targets[?(@.value == '400' && @.unit == 'yi')].periodEnd")
			.entityList(String.class)
			.containsExactly("2020");
	}

	@Test
	void a_target_without_measurements_says_so_and_is_not_on_track() {
		var response = this.graphQl.documentName("targets").variable("programme", "jing-e").execute();
		response.path("targets[*].status")
			.entityList(String.class)
			.satisfies((statuses) -> assertThat(statuses).isNotEmpty().allMatch("no-measurement"::equals));
		response.path("targets[*].sources[0].document.number")
			.entityList(String.class)
			.satisfies((numbers) -> assertThat(numbers).allMatch("十政办发〔2022〕20号"::equals));
	}

}
