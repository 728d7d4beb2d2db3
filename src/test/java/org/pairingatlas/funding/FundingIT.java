package org.pairingatlas.funding;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pairingatlas.GraphQlTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Funding roll-ups of enumerated projects beside reported amounts, and the fund-transfer
 * chain.
 */
class FundingIT extends GraphQlTestSupport {

	@Autowired
	Neo4jClient neo4j;

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
	void a_region_filter_finds_from_the_region_down_the_same_projects_as_walking_up_from_every_project() {
		Long expected = this.neo4j.query("""
				MATCH (x:Project) WHERE x.confirmed
				  AND EXISTS { (x)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..5]->(:Region {key: '420300'}) }
				RETURN count(x)
				""").fetchAs(Long.class).one().orElseThrow();
		assertThat(expected).isPositive();
		this.graphQl.document("{ projects(filter: {region: \"420300\"}, first: 5) { totalCount } }")
			.execute()
			.path("projects.totalCount")
			.entity(Long.class)
			.isEqualTo(expected);
		var bySupporter = this.graphQl.documentName("funding")
			.variable("filter", Map.of("region", "420300"))
			.variable("groupBy", List.of("SUPPORTER"))
			.execute();
		bySupporter.path("funding.rows[*].projects")
			.entityList(Long.class)
			.satisfies((counts) -> assertThat(counts.stream().mapToLong(Long::longValue).sum()).isEqualTo(expected));
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
