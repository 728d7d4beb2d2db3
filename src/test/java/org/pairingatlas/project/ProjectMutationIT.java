package org.pairingatlas.project;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.pairingatlas.GraphQlTestSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording projects with their funding in exact yuan, refusing splits that do not add
 * up, and updating them under optimistic locking.
 */
class ProjectMutationIT extends GraphQlTestSupport {

	@Autowired
	Driver driver;

	private static Map<String, Object> input(Map<String, Object> funding) {
		Map<String, Object> input = new HashMap<>();
		input.put("name", "测试项目 test project");
		input.put("programme", "three-gorges-hubei");
		input.put("category", "infrastructure");
		input.put("region", "420527");
		input.put("startYear", 2015);
		input.put("endYear", 2018);
		input.put("funding", funding);
		input.put("source", Map.of("document", "D002", "excerpt", "本规划期限为2014—2020年"));
		return input;
	}

	private long projects() {
		return this.driver.executableQuery("MATCH (x:Project) RETURN count(x) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

	@org.junit.jupiter.api.BeforeEach
	void signInAsCoordinator() {
		this.graphQl = as(COORDINATOR);
	}

	@Test
	void a_project_is_recorded_with_its_exact_funding_split() {
		var response = this.graphQl.documentName("recordProject")
			.variable("input",
					input(Map.of("centralInvestment", "100.10", "localInvestment", "50", "otherInvestment", "25.01",
							"totalInvestment", "175.11", "collaborationFunds", "0.01")))
			.execute();
		response.path("recordProject.errors").entityList(Object.class).hasSize(0);
		response.path("recordProject.project.totalInvestment").entity(String.class).isEqualTo("175.11");
		response.path("recordProject.project.collaborationFunds").entity(String.class).isEqualTo("0.01");
		response.path("recordProject.project.region.code").entity(String.class).isEqualTo("420527");
	}

	@Test
	void a_split_that_does_not_add_up_is_refused_and_nothing_is_written() {
		long before = projects();
		var response = this.graphQl.documentName("recordProject")
			.variable("input",
					input(Map.of("centralInvestment", "100", "localInvestment", "50", "otherInvestment", "25",
							"totalInvestment", "180")))
			.execute();
		response.path("recordProject.project").valueIsNull();
		response.path("recordProject.errors[0].code").entity(String.class).isEqualTo("SPLIT_MISMATCH");
		response.path("recordProject.errors[0].field").entity(String.class).isEqualTo("funding.totalInvestment");
		assertThat(projects()).isEqualTo(before);
	}

	@Test
	void negative_and_finer_than_fen_amounts_are_refused() {
		var response = this.graphQl.documentName("recordProject")
			.variable("input", input(Map.of("collaborationFunds", "-5", "matchingFunds", "1.001")))
			.execute();
		response.path("recordProject.errors[*].field")
			.entityList(String.class)
			.satisfies((fields) -> assertThat(fields).contains("funding.collaborationFunds", "funding.matchingFunds"));
	}

	@Test
	void a_non_decimal_amount_is_refused_before_reaching_the_service() {
		long before = projects();
		this.graphQl.documentName("recordProject")
			.variable("input", input(Map.of("collaborationFunds", "3,750")))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty()
				.allSatisfy((e) -> assertThat(e.getMessage()).contains("3,750")));
		assertThat(projects()).isEqualTo(before);
	}

	@Test
	void an_update_needs_the_current_version() {
		var created = this.graphQl.documentName("recordProject")
			.variable("input", input(Map.of("collaborationFunds", "10")))
			.execute();
		String key = created.path("recordProject.project.key").entity(String.class).get();
		var updated = this.graphQl.documentName("updateProject")
			.variable("input",
					Map.of("id", key, "expectedVersion", 1, "status", "completed", "funding",
							Map.of("collaborationFunds", "12.50")))
			.execute();
		updated.path("updateProject.project.version").entity(Integer.class).isEqualTo(2);
		updated.path("updateProject.project.collaborationFunds").entity(String.class).isEqualTo("12.50");
		this.graphQl.documentName("updateProject")
			.variable("input", Map.of("id", key, "expectedVersion", 1, "status", "operating"))
			.execute()
			.path("updateProject.errors[0].code")
			.entity(String.class)
			.isEqualTo("CONFLICT");
	}

}
