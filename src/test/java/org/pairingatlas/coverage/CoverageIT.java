package org.pairingatlas.coverage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pairingatlas.GraphQlTestSupport;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage shows the enumerated paired and unpaired units beside the reported figure.
 */
class CoverageIT extends GraphQlTestSupport {

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST_OF_MAPS = new ParameterizedTypeReference<>() {
	};

	@Test
	void shiyan_townships_show_134_reported_beside_129_units_and_the_few_known_pairs_to_those_who_may_see_them() {
		var response = this.graphQl.documentName("coverage")
			.variable("region", "420300")
			.variable("level", "township")
			.variable("programme", "jing-e")
			.execute();
		response.path("coverage.units").entity(Integer.class).isEqualTo(129);
		response.path("coverage.reported[*].value").entityList(String.class).contains("134");
		// 黄龙镇's and 城关镇's pairings are ones the sources only suggest: a partner does not
		// see them, a coordinator does.
		response.path("coverage.paired[*].region.name")
			.entityList(String.class)
			.contains("武当山特区")
			.doesNotContain("黄龙镇", "城关镇");
		as(COORDINATOR).documentName("coverage")
			.variable("region", "420300")
			.variable("level", "township")
			.variable("programme", "jing-e")
			.execute()
			.path("coverage.paired[*].region.name")
			.entityList(String.class)
			.contains("黄龙镇", "城关镇", "武当山特区");
		int paired = response.path("coverage.pairedCount").entity(Integer.class).get();
		int unpaired = response.path("coverage.unpairedCount").entity(Integer.class).get();
		assertThat(paired + unpaired).isEqualTo(129);
		response.path("coverage.unpaired").entityList(Object.class).hasSize(unpaired);
		response.path("coverage.ratio").entity(Double.class).isEqualTo(paired / 129.0);
	}

	@Test
	void counts_asked_alone_equal_the_counts_of_the_listed_units_for_readers_and_coordinators() {
		String counts = "units pairedCount unpairedCount ratio reported { key }";
		for (HttpGraphQlTester asker : List.of(this.graphQl, as(COORDINATOR))) {
			for (String arguments : List.of("region: \"420300\", level: \"township\"",
					"region: \"420300\", level: \"county\", role: SUPPORTER",
					"region: \"420000\", level: \"county\", programme: \"jing-e\"",
					"region: \"110000\", level: \"county\", role: SUPPORTER, kind: \"district-county\"")) {
				Map<String, Object> counted = asker.document("{ coverage(%s) { %s } }".formatted(arguments, counts))
					.execute()
					.path("coverage")
					.entity(MAP)
					.get();
				var listed = asker
					.document("{ coverage(%s) { %s paired { region { key } } unpaired { key } } }".formatted(arguments,
							counts))
					.execute();
				Map<String, Object> listedCounts = new HashMap<>(listed.path("coverage").entity(MAP).get());
				listedCounts.keySet().retainAll(counted.keySet());
				assertThat(counted).as(arguments).isEqualTo(listedCounts);
				listed.path("coverage.paired").entityList(Object.class).hasSize((Integer) counted.get("pairedCount"));
				listed.path("coverage.unpaired")
					.entityList(Object.class)
					.hasSize((Integer) counted.get("unpairedCount"));
			}
		}
	}

	@Test
	void each_paired_unit_lists_the_pairings_whose_recipient_is_the_unit_or_an_organisation_in_it() {
		var response = this.graphQl
			.document("{ coverage(region: \"420300\", level: \"township\") { paired { region { key } pairings "
					+ "{ recipient { ... on Region { key } ... on Organisation { region { key } } } } } } }")
			.execute();
		List<Map<String, Object>> paired = response.path("coverage.paired").entity(LIST_OF_MAPS).get();
		assertThat(paired).isNotEmpty();
		for (Map<String, Object> unit : paired) {
			Object key = ((Map<?, ?>) unit.get("region")).get("key");
			List<?> pairings = (List<?>) unit.get("pairings");
			assertThat(pairings).as("pairings of %s", key).isNotEmpty().allSatisfy((pairing) -> {
				Map<?, ?> recipient = (Map<?, ?>) ((Map<?, ?>) pairing).get("recipient");
				Object where = recipient.containsKey("key") ? recipient.get("key")
						: ((Map<?, ?>) recipient.get("region")).get("key");
				assertThat(where).as("recipient of a pairing of %s", key).isEqualTo(key);
			});
		}
	}

	@Test
	void an_unknown_region_has_no_coverage() {
		this.graphQl.document("{ coverage(region: \"999999\", level: \"township\") { units } }")
			.execute()
			.path("coverage")
			.valueIsNull();
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
