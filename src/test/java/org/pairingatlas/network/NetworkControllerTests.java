package org.pairingatlas.network;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pairingatlas.base.graphql.GraphQlSliceTest;
import org.pairingatlas.base.graphql.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

/**
 * The neighbourhood and shortest-path fields map their arguments (with the schema's
 * defaults) onto the network query and its answer onto the schema, and a refused argument
 * comes back naming itself.
 */
@GraphQlSliceTest(NetworkController.class)
class NetworkControllerTests {

	private static final Subgraph ZHUXI = new Subgraph(
			List.of(new Subgraph.GraphNode("420324", "Region", "竹溪县", "county", null, null, true, null),
					new Subgraph.GraphNode("pair-miyun-zhuxi", "Pairing", "密云区 → 竹溪县", "county", "district-county",
							"jing-e", true, new BigDecimal("0"))),
			List.of(new Subgraph.GraphEdge("pair-miyun-zhuxi|RECIPIENT|420324", "RECIPIENT", "pair-miyun-zhuxi",
					"420324")),
			false);

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	NetworkQuery network;

	@Test
	void a_neighbourhood_is_asked_with_the_schemas_defaults_and_answered_as_nodes_and_edges() {
		given(this.network.neighbourhood(eq("420324"), eq(1), any(), eq(500), any())).willReturn(ZHUXI);
		var response = this.graphQl.documentName("neighbourhood").variable("id", "420324").execute();
		response.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(false);
		response.path("neighbourhood.nodes[*].id")
			.entityList(String.class)
			.containsExactly("420324", "pair-miyun-zhuxi");
		response.path("neighbourhood.nodes[1].programme").entity(String.class).isEqualTo("jing-e");
		response.path("neighbourhood.edges[0].type").entity(String.class).isEqualTo("RECIPIENT");
	}

	@Test
	void a_paths_filter_and_the_node_parts_it_selects_reach_the_query_as_given() {
		given(this.network.shortestPaths(eq("110118"), eq("420324"), any(), eq(8), eq(5), any()))
			.willReturn(List.of(ZHUXI));
		this.graphQl.documentName("shortestPaths")
			.variable("from", "110118")
			.variable("to", "420324")
			.variable("filter", Map.of("asOf", "2015", "programmes", List.of("jing-e"), "hierarchy", false))
			.execute()
			.path("shortestPaths[0].edges[0].source")
			.entity(String.class)
			.isEqualTo("pair-miyun-zhuxi");
		verify(this.network).shortestPaths(eq("110118"), eq("420324"),
				eq(new NetworkFilter(null, List.of("jing-e"), "2015", false, null)), anyInt(), anyInt(),
				eq(new NodeParts(true, false, false)));
	}

	@Test
	void a_refused_argument_comes_back_naming_itself_and_its_value() {
		given(this.network.neighbourhood(eq("420324"), eq(9), any(), anyInt(), any()))
			.willThrow(new InvalidInputException("depth", 9, "must be between 1 and 4"));
		this.graphQl.documentName("neighbourhood")
			.variable("id", "420324")
			.variable("depth", 9)
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(errors.get(0).getMessage()).contains("depth").contains("9");
			});
	}

}
