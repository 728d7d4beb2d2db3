package org.pairingatlas.funding;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pairingatlas.GraphQlTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Funding roll-ups of enumerated projects beside reported amounts, and the fund-transfer
 * chain.
 */
class FundingIT extends GraphQlTestSupport {

	@Test
	void shiyan_funding_by_category_in_the_thirteenth_plan_lists_the_reported_amounts() {
		var response = this.graphQl.documentName("funding")
			.variable("filter", Map.of("region", "420300", "yearFrom", 2016, "yearTo", 2020))
			.variable("groupBy", List.of("CATEGORY"))
			.execute();
		response.path("funding.reported[?(@.measure == 'funds.collaboration' && @.dimension == 'water-quality')].value")
			.entityList(String.class)
			.containsExactly("4.9");
		response
			.path("funding.reported[?(@.dimension == 'poverty-alleviation' && @.measure == 'funds.matching')].value")
			.entityList(String.class)
			.containsExactly("33.1");
	}

	@Test
	void enumerated_projects_roll_up_by_category_in_exact_yuan() {
		var response = this.graphQl.documentName("funding")
			.variable("filter", Map.of("region", "420300"))
			.variable("groupBy", List.of("CATEGORY"))
			.execute();
		response.path("funding.rows[?(@.category == 'water-quality')].collaborationFunds")
			.entityList(String.class)
			.satisfies((amounts) -> assertThat(amounts).containsExactly("37500000.00"));
		response.path("funding.total.collaborationFunds").entity(String.class).isEqualTo("37500000.00");
	}

	@Test
	void the_beijing_hubei_fund_chain_starts_with_225_million_a_year() {
		var response = this.graphQl.documentName("fundTransfers").variable("programme", "jing-e").execute();
		response.path("fundTransfers[0].step").entity(Integer.class).isEqualTo(1);
		response.path("fundTransfers[0].from.name").entity(String.class).isEqualTo("北京市");
		response.path("fundTransfers[0].to.name").entity(String.class).isEqualTo("湖北省财政厅");
		response.path("fundTransfers[0].amount").entity(String.class).isEqualTo("225000000.00");
		response.path("fundTransfers[0].recurrence").entity(String.class).isEqualTo("yearly");
		response.path("fundTransfers[*].to.name").entityList(String.class).contains("项目实施单位");
	}

}
