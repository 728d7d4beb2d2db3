package org.pairingatlas.pairing;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pairingatlas.GraphQlTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pairings as a Relay connection: filters (region with descendants, level, date),
 * sorting, cursor pagination and refusals naming the argument.
 */
class PairingListIT extends GraphQlTestSupport {

	@Test
	void all_township_pairings_under_shiyan_are_listed_with_their_sources_to_those_who_may_see_them() {
		Map<String, Object> filter = Map.of("recipientRegion", "420300", "level", "township", "activeOn", "2025-12-31");
		// The sources only suggest each of 十堰's known township pairings: a partner sees
		// none of them, a coordinator all three.
		this.graphQl.documentName("pairingsPage")
			.variable("filter", filter)
			.execute()
			.path("pairings.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		var response = as(COORDINATOR).documentName("pairingsPage").variable("filter", filter).execute();
		response.path("pairings.totalCount").entity(Integer.class).isEqualTo(3);
		response.path("pairings.edges[*].node.recipient.name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsExactlyInAnyOrder("黄龙镇", "城关镇", "官山镇"));
		response.path("pairings.edges[*].node.sources[0].excerpt")
			.entityList(String.class)
			.satisfies((excerpts) -> assertThat(excerpts).hasSize(3).allMatch((e) -> !e.isBlank()));
	}

	@Test
	void pages_follow_each_other_by_cursor_without_gaps_or_repeats() {
		var first = this.graphQl.documentName("pairingsPage")
			.variable("filter", Map.of("programme", "jing-e"))
			.variable("sort", "SUPPORTER")
			.variable("first", 5)
			.execute();
		first.path("pairings.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		first.path("pairings.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		int total = first.path("pairings.totalCount").entity(Integer.class).get();
		String cursor = first.path("pairings.pageInfo.endCursor").entity(String.class).get();
		var firstKeys = first.path("pairings.edges[*].node.key").entityList(String.class).get();
		var second = this.graphQl.documentName("pairingsPage")
			.variable("filter", Map.of("programme", "jing-e"))
			.variable("sort", "SUPPORTER")
			.variable("first", 100)
			.variable("after", cursor)
			.execute();
		var secondKeys = second.path("pairings.edges[*].node.key").entityList(String.class).get();
		assertThat(secondKeys).doesNotContainAnyElementsOf(firstKeys);
		assertThat(firstKeys.size() + secondKeys.size()).isEqualTo(total);
		second.path("pairings.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void active_on_a_date_leaves_out_pairings_that_had_not_started() {
		var before = this.graphQl.documentName("pairingsPage")
			.variable("filter", Map.of("supporterRegion", "110118", "level", "county", "activeOn", "2013-12-31"))
			.execute();
		before.path("pairings.totalCount").entity(Integer.class).isEqualTo(0);
		var after = this.graphQl.documentName("pairingsPage")
			.variable("filter", Map.of("supporterRegion", "110118", "level", "county", "activeOn", "2024-06-01"))
			.execute();
		after.path("pairings.edges[*].node.recipient.name").entityList(String.class).containsExactly("竹溪县");
	}

	@Test
	void a_page_larger_than_the_limit_is_refused_naming_the_argument() {
		this.graphQl.documentName("pairingsPage").variable("first", 1000).execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getMessage()).contains("first '1000'").contains("between 0 and 100");
			assertThat(errors.get(0).getExtensions()).containsEntry("field", "first");
		});
	}

	@Test
	void a_forged_cursor_is_refused() {
		this.graphQl.documentName("pairingsPage")
			.variable("after", "not-a-cursor")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors.get(0).getMessage()).contains("after 'not-a-cursor'"));
	}

	@Test
	void an_unknown_level_is_refused_naming_the_value() {
		this.graphQl.documentName("pairingsPage")
			.variable("filter", Map.of("level", "galaxy"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors.get(0).getMessage()).contains("filter.level 'galaxy'"));
	}

}
