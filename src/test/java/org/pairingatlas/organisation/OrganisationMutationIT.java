package org.pairingatlas.organisation;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.pairingatlas.GraphQlTestSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coordinators record, change and end organisations, each citing its source: one
 * organisation of a name in a region, one per unified social credit code, codes checked
 * by their check character, and every refusal writes nothing.
 */
class OrganisationMutationIT extends GraphQlTestSupport {

	private static final String ZHUXI = "420324";

	private static final String ZHUSHAN = "420323";

	private static final Map<String, Object> SOURCE = Map.of("document", "D001", "excerpt", "134个乡镇、社区结为“亲戚”");

	/** The example GB 32100-2015 gives. */
	private static final String CODE = "91350100M000100Y43";

	@Autowired
	Driver driver;

	@BeforeEach
	void signInAsCoordinator() {
		this.graphQl = as(COORDINATOR);
	}

	private static Map<String, Object> hospital(String name, String region) {
		Map<String, Object> input = new HashMap<>();
		input.put("name", name);
		input.put("kind", "hospital");
		input.put("region", region);
		input.put("source", SOURCE);
		return input;
	}

	private String created(Map<String, Object> input) {
		var response = this.graphQl.documentName("createOrganisation").variable("input", input).execute();
		response.path("createOrganisation.errors").entityList(Object.class).hasSize(0);
		return response.path("createOrganisation.organisation.key").entity(String.class).get();
	}

	private String refusal(String mutation, Map<String, Object> input) {
		long before = organisations();
		var response = this.graphQl.documentName(mutation).variable("input", input).execute();
		response.path(mutation + ".organisation").valueIsNull();
		assertThat(organisations()).as("nothing is written").isEqualTo(before);
		return response.path(mutation + ".errors[0].code").entity(String.class).get();
	}

	private long organisations() {
		return this.driver.executableQuery("MATCH (o:Organisation) RETURN count(o) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

	@Test
	void a_coordinator_records_an_organisation_in_its_region_with_its_source_and_audit_entry() {
		Map<String, Object> input = hospital("竹溪县测试医院", ZHUXI);
		input.put("creditCode", CODE);
		var response = this.graphQl.documentName("createOrganisation").variable("input", input).execute();
		response.path("createOrganisation.organisation.region.code").entity(String.class).isEqualTo(ZHUXI);
		response.path("createOrganisation.organisation.creditCode").entity(String.class).isEqualTo(CODE);
		response.path("createOrganisation.organisation.version").entity(Integer.class).isEqualTo(1);
		response.path("createOrganisation.organisation.sources[0].document.key").entity(String.class).isEqualTo("D001");
		String key = response.path("createOrganisation.organisation.key").entity(String.class).get();
		this.graphQl.documentName("auditLog")
			.variable("entity", key)
			.execute()
			.path("auditLog.edges[0].node.actor")
			.entity(String.class)
			.isEqualTo(COORDINATOR);
	}

	@Test
	void a_second_organisation_of_a_name_in_the_same_region_is_refused_but_not_in_another() {
		created(hospital("竹溪县同名医院", ZHUXI));
		assertThat(refusal("createOrganisation", hospital("竹溪县同名医院", ZHUXI))).isEqualTo("DUPLICATE");
		created(hospital("竹溪县同名医院", ZHUSHAN));
	}

	@Test
	void a_mistyped_credit_code_is_refused_naming_it() {
		Map<String, Object> input = hospital("竹溪县校验医院", ZHUXI);
		input.put("creditCode", "91350100M000100Y44");
		this.graphQl.documentName("createOrganisation")
			.variable("input", input)
			.execute()
			.path("createOrganisation.errors[0]")
			.entity(Map.class)
			.satisfies((error) -> {
				assertThat(error.get("field")).isEqualTo("creditCode");
				assertThat((String) error.get("message")).contains("check character");
			});
		assertThat(refusal("createOrganisation", input)).isEqualTo("INVALID");
	}

	@Test
	void a_credit_code_another_organisation_has_is_refused_wherever_it_is() {
		Map<String, Object> first = hospital("竹山县信用医院", ZHUSHAN);
		first.put("creditCode", "91110108MA01G0FB09");
		created(first);
		Map<String, Object> second = hospital("竹溪县信用医院", ZHUXI);
		second.put("creditCode", "91110108MA01G0FB09");
		assertThat(refusal("createOrganisation", second)).isEqualTo("DUPLICATE");
	}

	@Test
	void renaming_an_organisation_to_a_name_taken_in_its_region_is_refused() {
		created(hospital("竹溪县甲医院", ZHUXI));
		String key = created(hospital("竹溪县乙医院", ZHUXI));
		assertThat(refusal("updateOrganisation", Map.of("id", key, "expectedVersion", 1, "name", "竹溪县甲医院")))
			.isEqualTo("DUPLICATE");
		this.graphQl.documentName("updateOrganisation")
			.variable("input", Map.of("id", key, "expectedVersion", 1, "name", "竹溪县丙医院", "nameEn", "Hospital C"))
			.execute()
			.path("updateOrganisation.organisation.version")
			.entity(Integer.class)
			.isEqualTo(2);
	}

	@Test
	void ending_an_organisation_records_the_date_and_cannot_be_done_twice() {
		String key = created(hospital("竹溪县终止医院", ZHUXI));
		Map<String, Object> end = Map.of("id", key, "expectedVersion", 1, "endDate", "2025-06", "source", SOURCE);
		var ended = this.graphQl.documentName("endOrganisation").variable("input", end).execute();
		ended.path("endOrganisation.organisation.status").entity(String.class).isEqualTo("ended");
		ended.path("endOrganisation.organisation.endDate").entity(String.class).isEqualTo("2025-06");
		Map<String, Object> again = new HashMap<>(end);
		again.put("expectedVersion", 2);
		assertThat(refusal("endOrganisation", again)).isEqualTo("INVALID");
	}

	@Test
	void a_coordinator_records_organisations_only_in_their_regions() {
		this.graphQl = as(WENZHOU_COORDINATOR);
		assertThat(refusal("createOrganisation", hospital("竹溪县越权医院", ZHUXI))).isEqualTo("FORBIDDEN");
		created(hospital("温州测试医院", "330300"));
	}

}
