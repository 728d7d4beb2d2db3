package org.pairingatlas;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pairingatlas.programme.ProgrammeCounts;
import org.pairingatlas.programme.Programmes;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The minimal read surface over HTTP: programmes with counts, a region with its pairings
 * and their sources, an organisation, and the discrepancies found in the documents.
 */
class GraphQlReadIT extends GraphQlTestSupport {

	@Autowired
	Programmes programmes;

	@Test
	void programmes_lists_the_six_programmes_with_real_counts() {
		var response = this.graphQl.documentName("programmes").execute();
		response.path("programmes[*].key")
			.entityList(String.class)
			.satisfies((keys) -> assertThat(keys).containsExactlyInAnyOrder("jing-yu", "jing-e", "three-gorges-hubei",
					"hubei-shanchuan", "wenzhou-shanhai", "three-gorges-national"));
		response.path("programmes[?(@.key == 'jing-e')].counts.countyPairings")
			.entityList(Integer.class)
			.containsExactly(11);
		response.path("programmes[?(@.key == 'jing-e')].governingDocuments[*].number")
			.entityList(String.class)
			.contains("十政办发〔2022〕20号");
	}

	@Test
	void every_count_of_every_programme_is_the_one_the_programme_page_shows_organisations_included() {
		var response = this.graphQl.documentName("programmes").execute();
		List<String> keys = response.path("programmes[*].key").entityList(String.class).get();
		Map<String, ProgrammeCounts> shown = this.programmes.countsOf(keys);
		for (String key : keys) {
			ProgrammeCounts counts = response.path("programmes[?(@.key == '" + key + "')].counts")
				.entityList(ProgrammeCounts.class)
				.get()
				.get(0);
			assertThat(counts).as(key).isEqualTo(shown.get(key));
		}
		assertThat(shown.get("jing-e").organisations()).as("organisations taking part in jing-e").isPositive();
	}

	@Test
	void zhuxi_is_paired_with_miyun_since_2014_under_the_beijing_hubei_programme_with_sources() {
		var response = this.graphQl.documentName("regionPairings")
			.variable("code", "420324")
			.variable("role", "RECIPIENT")
			.execute();
		response.path("region.name").entity(String.class).isEqualTo("竹溪县");
		response.path("region.parent.name").entity(String.class).isEqualTo("十堰市");
		response.path("region.ancestors[*].name").entityList(String.class).containsExactly("十堰市", "湖北省");
		response.path("region.pairings[?(@.level == 'county')].supporter.name")
			.entityList(String.class)
			.containsExactly("密云区");
		response.path("region.pairings[?(@.level == 'county')].startDate")
			.entityList(String.class)
			.containsExactly("2014");
		response.path("region.pairings[?(@.level == 'county')].programme.key")
			.entityList(String.class)
			.containsExactly("jing-e");
		response.path("region.pairings[?(@.level == 'county')].sources[*].document.key")
			.entityList(String.class)
			.satisfies((keys) -> assertThat(keys).isNotEmpty());
	}

	@Test
	void a_region_as_supporter_lists_only_the_pairings_it_gives() {
		var response = this.graphQl.documentName("regionPairings")
			.variable("code", "110118")
			.variable("role", "SUPPORTER")
			.execute();
		response.path("region.pairings[*].supporter.code")
			.entityList(String.class)
			.satisfies((codes) -> assertThat(codes).isNotEmpty().allMatch("110118"::equals));
		response.path("region.pairings[?(@.level == 'county')].recipient.name")
			.entityList(String.class)
			.containsExactly("竹溪县");
	}

	@Test
	void an_organisation_is_found_with_its_document_excerpt() {
		var response = this.graphQl.documentName("organisation").variable("key", "org-origin-water-group").execute();
		response.path("organisation.name").entity(String.class).isEqualTo("碧水源集团");
		response.path("organisation.sources[?(@.document.key == 'D001')].document.number")
			.entityList(String.class)
			.containsExactly("十政办发〔2022〕20号");
		response.path("organisation.sources[*].excerpt")
			.entityList(String.class)
			.satisfies((excerpts) -> assertThat(excerpts).isNotEmpty().allMatch((excerpt) -> excerpt.contains("碧水源")));
	}

	@Test
	void the_neixiang_plan_discrepancies_are_listed_with_their_figures() {
		var response = this.graphQl.documentName("programmeDiscrepancies").variable("key", "jing-yu").execute();
		response.path("programme.discrepancies[?(@.kind == 'parts-vs-total')].figures")
			.entityList(Object.class)
			.satisfies((figures) -> assertThat(figures).isNotEmpty());
		response.path("programme.discrepancies[*].sources[*].document.key")
			.entityList(String.class)
			.satisfies((keys) -> assertThat(keys).isNotEmpty().allMatch("D000"::equals));
	}

	@Test
	void shiyan_has_its_eight_counties_and_their_townships() {
		var response = this.graphQl.documentName("shiyanTownships").execute();
		response.path("region.children[?(@.level == 'county')].code")
			.entityList(String.class)
			.satisfies((codes) -> assertThat(codes.stream().filter(java.util.Objects::nonNull)).hasSize(8));
		response.path("region.children[*].children[?(@.level == 'township')].code")
			.entityList(String.class)
			.satisfies((codes) -> assertThat(codes).hasSize(129));
	}

	@Test
	void an_unknown_region_is_null_not_an_error() {
		this.graphQl.documentName("regionPairings").variable("code", "000000").execute().path("region").valueIsNull();
	}

	@Test
	void every_kind_of_entity_is_looked_up_by_id_and_exchanges_and_discrepancies_are_listed() {
		var response = this.graphQl.documentName("lookups").execute();
		response.path("pairing.supporter.name").entity(String.class).isEqualTo("密云区");
		response.path("project.collaborationFunds").entity(String.class).isEqualTo("37500000.00");
		response.path("project.region.name").entity(String.class).isEqualTo("房县");
		response.path("project.fundTransfers[*].step").entityList(Integer.class).contains(1, 2, 3);
		response.path("target.unit").entity(String.class).isEqualTo("count");
		response.path("document.number").entity(String.class).isEqualTo("十政办发〔2022〕20号");
		response.path("document.date").entity(String.class).isEqualTo("2022-04-29");
		response.path("exchanges[?(@.kind == 'secondment')].count").entityList(String.class).contains("217");
		response.path("discrepancies[*].kind").entityList(String.class).contains("parts-vs-total", "split-vs-total");
	}

	@Test
	void regions_and_organisations_are_listed_by_filter_a_page_at_a_time() {
		var response = this.graphQl.documentName("regionsAndOrganisations").execute();
		response.path("regions.edges[*].node.level")
			.entityList(String.class)
			.satisfies((levels) -> assertThat(levels).hasSize(5).allMatch("township"::equals));
		response.path("regions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		response.path("organisations.edges[*].node.name")
			.entityList(String.class)
			.contains("湖北汽车工业学院", "湖北医药学院", "汉江师范学院", "湖北职业技术学院");
		response.path("schools.edges[*].node.name").entityList(String.class).contains("竹溪密云小学");
	}

}
