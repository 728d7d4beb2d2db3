package org.pairingatlas.network;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pairingatlas.GraphQlTestSupport;
import org.pairingatlas.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Neighbourhoods and shortest paths as nodes and edges, filtered by type, programme and
 * date.
 */
class NetworkIT extends GraphQlTestSupport {

	@Autowired
	NetworkQuery network;

	@Test
	void a_public_readers_picture_of_given_nodes_holds_no_trace_of_a_hidden_one() {
		SignedIn.signOut();
		Subgraph picture = this.network.induced(List.of("110114", "pair-changping-luanchuan", "410324"),
				NetworkFilter.NONE);
		assertThat(picture.nodes()).extracting(Subgraph.GraphNode::id).containsExactly("110114", "410324");
		assertThat(picture.edges()).isEmpty();
	}

	@Test
	void the_shortest_path_from_miyun_to_a_zhuxi_school_goes_through_their_pairing() {
		var response = this.graphQl.documentName("shortestPaths")
			.variable("from", "110118")
			.variable("to", "org-zhuxi-miyun-primary-school")
			.execute();
		response.path("shortestPaths[0].nodes[*].id")
			.entityList(String.class)
			.containsExactly("110118", "pair-miyun-zhuxi", "420324", "org-zhuxi-miyun-primary-school");
		response.path("shortestPaths[0].edges[*].type")
			.entityList(String.class)
			.containsExactly("SUPPORTER", "RECIPIENT", "LOCATED_IN");
	}

	@Test
	void as_of_2013_the_shortest_paths_go_round_the_pairing_that_began_in_2014() {
		SignedIn.signOut();
		List<Subgraph> paths = this.network.shortestPaths("110118", "420324",
				new NetworkFilter(null, null, "2013-01-01", null, null), 8, 2);
		assertThat(paths).hasSize(2);
		assertThat(paths).extracting((p) -> p.nodes().stream().map(Subgraph.GraphNode::id).toList())
			.doesNotHaveDuplicates()
			.allSatisfy((keys) -> assertThat(keys).hasSize(5)
				.startsWith("110118", "110000")
				.endsWith("420300", "420324")
				.doesNotContain("pair-miyun-zhuxi"));
		assertThat(paths).allSatisfy((path) -> {
			assertThat(path.edges()).hasSize(path.nodes().size() - 1);
			for (int i = 0; i < path.edges().size(); i++) {
				Subgraph.GraphEdge edge = path.edges().get(i);
				assertThat(List.of(edge.source(), edge.target())).containsExactlyInAnyOrder(path.nodes().get(i).id(),
						path.nodes().get(i + 1).id());
			}
		});
	}

	@Test
	void a_path_is_not_found_through_nodes_the_filter_leaves_out() {
		this.graphQl.documentName("shortestPaths")
			.variable("from", "110118")
			.variable("to", "org-zhuxi-miyun-primary-school")
			.variable("filter", Map.of("asOf", "2013-01-01", "hierarchy", false))
			.execute()
			.path("shortestPaths")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void a_neighbourhood_asked_for_ids_and_labels_draws_the_same_nodes_in_the_same_words_as_one_asked_for_all() {
		String everything = "{ neighbourhood(id: \"420324\", depth: 2) { nodes { id type label level kind programme confirmed funding } edges { id } } }";
		String idsAndLabels = "{ neighbourhood(id: \"420324\", depth: 2) { nodes { id label } edges { id } } }";
		List<Map<String, Object>> all = this.graphQl.document(everything)
			.execute()
			.path("neighbourhood.nodes")
			.entity(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
		List<Map<String, Object>> some = this.graphQl.document(idsAndLabels)
			.execute()
			.path("neighbourhood.nodes")
			.entity(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
		assertThat(all).hasSizeGreaterThan(25).anySatisfy((node) -> assertThat(node.get("programme")).isNotNull());
		assertThat(some).containsExactlyElementsOf(
				all.stream().map((node) -> Map.of("id", node.get("id"), "label", node.get("label"))).toList());
	}

	@Test
	void the_neighbourhood_of_zhuxi_holds_its_pairing_and_its_prefecture() {
		var response = this.graphQl.documentName("neighbourhood")
			.variable("id", "420324")
			.variable("depth", 1)
			.execute();
		response.path("neighbourhood.nodes[0].id").entity(String.class).isEqualTo("420324");
		response.path("neighbourhood.nodes[*].id").entityList(String.class).contains("pair-miyun-zhuxi", "420300");
		response.path("neighbourhood.edges[?(@.type == 'RECIPIENT')].source")
			.entityList(String.class)
			.contains("pair-miyun-zhuxi");
	}

	@Test
	void the_network_as_of_a_date_before_the_pairing_leaves_it_out() {
		this.graphQl.documentName("neighbourhood")
			.variable("id", "420324")
			.variable("depth", 1)
			.variable("filter", Map.of("asOf", "2013"))
			.execute()
			.path("neighbourhood.nodes[*].id")
			.entityList(String.class)
			.doesNotContain("pair-miyun-zhuxi");
	}

	@Test
	void a_type_filter_keeps_only_those_types_beside_the_start() {
		this.graphQl.documentName("neighbourhood")
			.variable("id", "420324")
			.variable("depth", 2)
			.variable("filter", Map.of("types", List.of("Pairing", "Region")))
			.execute()
			.path("neighbourhood.nodes[*].type")
			.entityList(String.class)
			.satisfies((types) -> assertThat(types).containsOnly("Pairing", "Region"));
	}

	@Test
	void a_walk_takes_ring_after_ring_each_node_reached_from_one_before_it_within_the_limit() {
		for (String start : List.of("420324", "420300", "110118", "jing-e", "pair-miyun-zhuxi")) {
			for (int limit : List.of(8, 40, 500)) {
				Subgraph before = null;
				for (int depth = 1; depth <= 3; depth++) {
					Subgraph walked = this.network.neighbourhood(start, depth, NetworkFilter.NONE, limit);
					String what = start + " depth " + depth + " limit " + limit;
					List<String> ids = walked.nodes().stream().map(Subgraph.GraphNode::id).toList();
					assertThat(ids).as(what).startsWith(start).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(limit);
					if (walked.truncated()) {
						assertThat(ids).as(what).hasSize(limit);
					}
					Map<String, Integer> position = new java.util.HashMap<>();
					ids.forEach((id) -> position.put(id, position.size()));
					java.util.Set<String> reachedFromEarlier = new java.util.HashSet<>();
					for (Subgraph.GraphEdge edge : walked.edges()) {
						assertThat(position).as(what + ": ends of " + edge.id())
							.containsKeys(edge.source(), edge.target());
						int source = position.get(edge.source());
						int target = position.get(edge.target());
						reachedFromEarlier.add((source < target) ? edge.target() : edge.source());
					}
					assertThat(reachedFromEarlier).as(what + ": every node reached from one before it")
						.containsAll(ids.subList(1, ids.size()));
					if (before != null && !before.truncated()) {
						assertThat(walked.nodes()).as(what + " begins with the walk one ring shorter")
							.startsWith(before.nodes().toArray(Subgraph.GraphNode[]::new));
					}
					before = walked;
				}
			}
		}
	}

	@Test
	void the_node_limit_truncates_and_says_so() {
		var response = this.graphQl.documentName("neighbourhood")
			.variable("id", "420300")
			.variable("depth", 2)
			.variable("limit", 10)
			.execute();
		response.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(true);
		response.path("neighbourhood.nodes").entityList(Object.class).hasSize(10);
	}

	@Test
	void any_entity_is_found_by_its_id() {
		var project = this.graphQl.documentName("node").variable("id", "proj-fangxian-shagouhe-treatment").execute();
		project.path("node.__typename").entity(String.class).isEqualTo("Project");
		project.path("node.collaborationFunds").entity(String.class).isEqualTo("37500000.00");
		project.path("node.sources[0].document.number").entity(String.class).isEqualTo("十政办发〔2022〕20号");
		var document = this.graphQl.documentName("node").variable("id", "D002").execute();
		document.path("node.number").entity(String.class).isEqualTo("鄂政函〔2014〕220号");
	}

}
