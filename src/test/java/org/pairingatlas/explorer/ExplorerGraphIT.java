package org.pairingatlas.explorer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.SignedIn;
import org.pairingatlas.network.NetworkQuery;
import org.pairingatlas.network.Subgraph;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer's picture with many nodes open, read in one query for all their
 * neighbourhoods, holds exactly what opening each node's neighbourhood on its own gives.
 */
class ExplorerGraphIT extends Neo4jTestSupport {

	@Autowired
	NetworkQuery network;

	@Test
	void many_open_nodes_show_the_union_of_their_neighbourhoods() {
		ExplorerState state = new ExplorerState();
		state.shown.add("420300");
		state.expanded.addAll(List.of("420300", "420324", "110118", "jing-e"));
		openEveryGroup(state);
		assertThat(ids(graphs().of(state).graph())).isEqualTo(oneByOne(state))
			.contains("pair-miyun-zhuxi", "420324", "110118");
	}

	@Test
	void the_level_filter_applies_to_every_open_neighbourhood() {
		ExplorerState state = new ExplorerState();
		state.expanded.addAll(List.of("420300", "420324"));
		state.levels.add("county");
		openEveryGroup(state);
		Set<String> shown = ids(graphs().of(state).graph());
		assertThat(shown).isEqualTo(oneByOne(state)).contains("420324").doesNotContain("420324101");
	}

	@Test
	void figures_exchanges_and_targets_around_shiyan_are_named_in_words_not_database_codes() {
		ExplorerState state = new ExplorerState();
		state.expanded.addAll(List.of("420300", "jing-e"));
		List<String> labels = graphs().of(state).graph().nodes().stream().map((node) -> node.label()).toList();
		assertThat(labels).as("a figure, an exchange and a target are among them")
			.anySatisfy((label) -> assertThat(label).contains("亿元"))
			.anySatisfy((label) -> assertThat(label).containsAnyOf("人次", "挂职", "专家服务", "培训"));
		assertThat(labels).noneSatisfy((label) -> assertThat(label).containsPattern(
				"\\u001f|\\b(funds|projects|investment|pairings)\\.[a-z]|\\b(yi|wan|person-times|expert-visit)\\b"));
	}

	@Test
	void a_hidden_node_opened_by_a_link_shows_nothing_around_it() {
		SignedIn.signOut();
		ExplorerState state = new ExplorerState();
		state.expanded.add("pair-changping-luanchuan");
		assertThat(graphs().of(state).graph().nodes()).isEmpty();
	}

	@Test
	void shiyans_story_is_beijings_districts_facing_its_counties_without_projects_or_townships() {
		ExplorerState state = new ExplorerState();
		state.stories.add("420300");
		Subgraph graph = graphs().of(state).graph();
		assertThat(ids(graph)).contains("pair-miyun-zhuxi", "110118", "420324");
		assertThat(graph.nodes()).extracting(Subgraph.GraphNode::type)
			.doesNotContain("Project", "ReportedFigure", "Source");
		assertThat(graph.nodes()).filteredOn((node) -> node.type().equals("Pairing"))
			.isNotEmpty()
			.allSatisfy((pairing) -> assertThat(pairing.level()).isEqualTo("county"));
		assertThat(graph.edges()).anySatisfy((edge) -> assertThat(edge)
			.extracting(Subgraph.GraphEdge::type, Subgraph.GraphEdge::source, Subgraph.GraphEdge::target)
			.containsExactly("SUPPORTER", "pair-miyun-zhuxi", "110118"));
	}

	@Test
	void a_programmes_story_is_its_pairings_at_their_highest_level() {
		ExplorerState state = new ExplorerState();
		state.stories.add("jing-e");
		List<Subgraph.GraphNode> pairings = graphs().of(state)
			.graph()
			.nodes()
			.stream()
			.filter((node) -> node.type().equals("Pairing"))
			.toList();
		assertThat(pairings).extracting(Subgraph.GraphNode::id).contains("pair-miyun-zhuxi");
		assertThat(pairings).extracting(Subgraph.GraphNode::programme).containsOnly("jing-e");
		assertThat(pairings).extracting(Subgraph.GraphNode::level).containsOnly("county");
	}

	@Test
	void many_neighbours_of_one_type_are_one_group_node_until_the_group_is_opened() {
		ExplorerState state = new ExplorerState();
		state.expanded.add("420300");
		Subgraph grouped = graphs().of(state).graph();
		List<Subgraph.GraphNode> groups = grouped.nodes()
			.stream()
			.filter((node) -> node.type().equals(ExplorerGraph.GROUP))
			.toList();
		assertThat(groups).as("十堰 has more than %d neighbours of some type", ExplorerGraph.GROUP_OVER).isNotEmpty();
		Subgraph.GraphNode group = groups.get(0);
		String opened = ExplorerGraph.groupOf(group.id());
		String type = opened.substring(opened.lastIndexOf(':') + 1).split("\\.")[0];
		int hidden = Integer.parseInt(group.label().split(" ")[0]);
		assertThat(hidden).isGreaterThan(ExplorerGraph.GROUP_OVER);
		assertThat(grouped.edges()).anySatisfy((edge) -> assertThat(edge.target()).isEqualTo(group.id()));

		state.openGroups.add(opened);
		Subgraph open = graphs().of(state).graph();
		assertThat(ids(open)).doesNotContain(group.id());
		assertThat(open.nodes().stream().filter((node) -> node.type().equals(type)).count())
			.isGreaterThanOrEqualTo(hidden);
	}

	private ExplorerGraph graphs() {
		return new ExplorerGraph(this.network, (type, count) -> count + " " + type);
	}

	/** Every neighbour shown one by one, as before groups. */
	private static void openEveryGroup(ExplorerState state) {
		for (String key : state.expanded) {
			state.openGroups.addAll(EveryGroup.around(key));
		}
	}

	/** What the picture held when each open node's neighbourhood was read on its own. */
	private Set<String> oneByOne(ExplorerState state) {
		Set<String> keys = new LinkedHashSet<>(state.shown);
		for (String key : state.expanded) {
			this.network.neighbourhood(key, 1, state.filter(), ExplorerGraph.MAX_NODES)
				.nodes()
				.stream()
				.filter((node) -> node.id().equals(key) || ExplorerGraph.kept(node.level(), node.kind(), state))
				.forEach((node) -> keys.add(node.id()));
		}
		return ids(this.network.induced(List.copyOf(keys), state.filter()));
	}

	private static Set<String> ids(Subgraph graph) {
		Set<String> ids = new LinkedHashSet<>();
		graph.nodes().forEach((node) -> ids.add(node.id()));
		return Set.copyOf(ids);
	}

}
