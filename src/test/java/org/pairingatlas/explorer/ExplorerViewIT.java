package org.pairingatlas.explorer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pairingatlas.SeedGraphPerClass;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.network.NetworkFilter;
import org.pairingatlas.network.NetworkQuery;
import org.pairingatlas.network.Subgraph;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer view without a browser: what a link opens, what expanding and filtering
 * send to the canvas, and what the exports hold.
 */
@SpringBootTest
@ExtendWith(SeedGraphPerClass.class)
@ViewPackages(classes = ExplorerView.class)
class ExplorerViewIT extends SpringBrowserlessTest {

	static final String ZHUXI = "420324";

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		Neo4jTestSupport.register(registry);
	}

	@Autowired
	NetworkQuery network;

	@Test
	void a_link_with_its_groups_open_shows_the_node_with_exactly_its_neighbours() {
		String groups = String.join(",", EveryGroup.around(ZHUXI));
		ExplorerView view = open("show=" + ZHUXI + "&open=" + ZHUXI + "&groups=" + groups);
		Subgraph shown = canvas(view).shown();
		Subgraph expected = this.network.neighbourhood(ZHUXI, 1, NetworkFilter.NONE, 5000);
		assertThat(ids(shown)).containsExactlyInAnyOrderElementsOf(ids(expected));
		// Every relationship between shown nodes is drawn, not only those to 竹溪.
		assertThat(shown.edges()).hasSizeGreaterThanOrEqualTo(expected.edges().size());
		assertThat(shown.edges()).allSatisfy((e) -> assertThat(ids(shown)).contains(e.source(), e.target()));
	}

	@Test
	void a_selected_region_shows_its_properties_in_words_and_a_link_to_its_page() {
		ExplorerView view = open("show=" + ZHUXI + "&selected=" + ZHUXI);
		String details = $(NodeDetailPanel.class).from(view).first().getElement().getTextRecursively();
		assertThat(details).contains("级别", "县级", "已确认", "是", "打开页面")
			.doesNotContain("confirmed", "official", "level", "county", "true");
	}

	@Test
	void filtering_by_type_keeps_only_those_types_and_the_opened_node() {
		ExplorerView view = open("show=" + ZHUXI + "&open=" + ZHUXI + "&types=Pairing");
		Subgraph shown = canvas(view).shown();
		assertThat(shown.nodes()).hasSizeGreaterThan(1);
		assertThat(shown.nodes())
			.allSatisfy((n) -> assertThat(n.id().equals(ZHUXI) || n.type().equals("Pairing")).isTrue());
	}

	@Test
	void the_time_slider_hides_pairings_that_had_not_started() {
		ExplorerView all = open("show=" + ZHUXI + "&open=" + ZHUXI + "&types=Pairing");
		long pairingsNow = canvas(all).shown().nodes().stream().filter((n) -> n.type().equals("Pairing")).count();
		ExplorerView early = open("show=" + ZHUXI + "&open=" + ZHUXI + "&types=Pairing&asOf=1995");
		long pairingsThen = canvas(early).shown().nodes().stream().filter((n) -> n.type().equals("Pairing")).count();
		assertThat(pairingsNow).isPositive();
		assertThat(pairingsThen).isLessThan(pairingsNow);
	}

	@Test
	void graphml_export_holds_every_drawn_node_and_edge() {
		ExplorerView view = open("show=" + ZHUXI + "&open=" + ZHUXI);
		Subgraph shown = canvas(view).shown();
		String graphMl = new String(GraphMl.of(shown), StandardCharsets.UTF_8);
		assertThat(graphMl).contains("<graphml", "竹溪县");
		assertThat(graphMl.split("<node ", -1)).hasSize(shown.nodes().size() + 1);
		assertThat(graphMl.split("<edge ", -1)).hasSize(shown.edges().size() + 1);
	}

	@Test
	void starting_from_shiyan_tells_its_story_supporters_facing_recipients_without_projects() {
		ExplorerView view = open("");
		test($(com.vaadin.flow.component.button.Button.class).from(view).id("start-420300")).click();
		GraphCanvas canvas = canvas(view);
		assertThat(canvas.layout()).isEqualTo(GraphLayout.SIDES);
		assertThat(ids(canvas.shown())).contains("420300", "110118", "420324", "pair-miyun-zhuxi");
		assertThat(canvas.shown().nodes()).extracting(Subgraph.GraphNode::type).doesNotContain("Project");
		assertThat(view.link().getQueryParameters().getQueryString()).contains("story=420300", "layout=sides");
	}

	@Test
	void clicking_a_group_node_shows_its_members_one_by_one() {
		ExplorerView view = open("show=420300&open=420300");
		Subgraph.GraphNode group = canvas(view).shown()
			.nodes()
			.stream()
			.filter((n) -> n.type().equals(ExplorerGraph.GROUP))
			.findFirst()
			.orElseThrow();
		assertThat(group.label()).matches("\\d+ 个.+");
		view.select(group.id());
		assertThat(ids(canvas(view).shown())).doesNotContain(group.id());
		assertThat(view.link().getQueryParameters().getQueryString()).contains("groups=420300");
	}

	@Test
	void the_picture_is_also_a_list_of_its_nodes_in_words_that_select_them() {
		ExplorerView view = open("show=" + ZHUXI + "&story=" + ZHUXI);
		NodeList list = $(NodeList.class).from(view).single();
		assertThat(list.getSummaryText()).contains(String.valueOf(canvas(view).shown().nodes().size()));
		list.setOpened(true);
		var miyun = $(com.vaadin.flow.component.button.Button.class).from(list).withText("密云区").single();
		test(miyun).click();
		assertThat($(NodeDetailPanel.class).from(view).first().getElement().getTextRecursively()).contains("密云区", "支援",
				"竹溪县");
		assertThat(canvas(view).getElement().getAttribute("aria-label")).contains("个节点");
	}

	@Test
	void the_state_survives_a_round_trip_through_its_link() {
		ExplorerState state = ExplorerState
			.of(new com.vaadin.flow.router.QueryParameters(Map.of("show", List.of(ZHUXI + ",420300"), "open",
					List.of(ZHUXI), "types", List.of("Region,Pairing"), "asOf", List.of("2016"), "hierarchy",
					List.of("off"), "layout", List.of("circle"), "path", List.of(ZHUXI + ",jing-e"), "selected",
					List.of("420300"), "story", List.of("jing-e"), "groups", List.of("420300:Project"))));
		ExplorerState again = ExplorerState.of(state.toQueryParameters());
		assertThat(again.toQueryParameters().getQueryString()).isEqualTo(state.toQueryParameters().getQueryString());
		assertThat(again.shown).containsExactly(ZHUXI, "420300", "jing-e");
		assertThat(again.asOfYear).isEqualTo(2016);
		assertThat(again.layout).isEqualTo(GraphLayout.CIRCLE);
		assertThat(again.hierarchy).isFalse();
		assertThat(again.pathTo).isEqualTo("jing-e");
		assertThat(again.stories).containsExactly("jing-e");
		assertThat(again.openGroups).containsExactly("420300:Project");
	}

	private ExplorerView open(String query) {
		navigate(ExplorerView.class);
		com.vaadin.flow.component.UI.getCurrent().navigate("explore", QueryParameters.fromString(query));
		return (ExplorerView) getCurrentView();
	}

	private GraphCanvas canvas(ExplorerView view) {
		return $(GraphCanvas.class).from(view).single();
	}

	private static List<String> ids(Subgraph graph) {
		return graph.nodes().stream().map(Subgraph.GraphNode::id).toList();
	}

}
