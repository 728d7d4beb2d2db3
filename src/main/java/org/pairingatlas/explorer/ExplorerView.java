package org.pairingatlas.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import org.pairingatlas.base.graphql.InvalidInputException;
import org.pairingatlas.base.ui.Language;
import org.pairingatlas.network.NetworkQuery;
import org.pairingatlas.network.NodeDetails;
import org.pairingatlas.network.Subgraph;
import org.pairingatlas.programme.Programme;
import org.pairingatlas.programme.Programmes;
import org.pairingatlas.search.TextSearch;

/**
 * The graph explorer: search a place, organisation or project, open it, expand its
 * neighbours, filter by type, programme, level, kind and date, find the shortest path
 * between two nodes, read every fact's sources, and take the picture away as PNG or
 * GraphML. The address always holds the whole view, so a copied link reopens it.
 */
@Route("explore")
@Menu(order = 1, icon = "vaadin:connect", title = "图谱 Explore")
public class ExplorerView extends HorizontalLayout implements BeforeEnterObserver, HasDynamicTitle {

	static final List<String> SEARCH_TYPES = List.of("Region", "Organisation", "Programme", "Project");

	/** 十堰市, the water source city most coordinators start from. */
	static final String SHIYAN = "420300";

	private static final int PATH_LENGTH = 8;

	private final NetworkQuery network;

	private final NodeDetails nodeDetails;

	private final TextSearch search;

	private final ExplorerGraph graphs;

	private final Map<String, Programme> programmes;

	private final GraphCanvas canvas = new GraphCanvas();

	private final NodeDetailPanel details;

	private final Span status = new Span();

	private final NodeList nodeList = new NodeList(this::select);

	private final FlexLayout start = new FlexLayout();

	private final ExplorerFilters filters;

	private final ExplorerToolbar toolbar;

	private ExplorerState state = new ExplorerState();

	ExplorerView(NetworkQuery network, NodeDetails nodeDetails, TextSearch search, Programmes programmes,
			org.pairingatlas.page.Partners partners) {
		this.network = network;
		this.nodeDetails = nodeDetails;
		this.search = search;
		this.graphs = new ExplorerGraph(network, this::groupName);
		this.programmes = programmes.all()
			.stream()
			.collect(Collectors.toMap(Programme::key, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
		this.details = new NodeDetailPanel(new PanelActions(), partners);
		this.filters = new ExplorerFilters(this.programmes, this::filtersChanged);
		this.toolbar = new ExplorerToolbar(this.canvas, new ToolbarActions(), this::layoutChosen);
		setId("explorer-view");
		setSizeFull();
		setSpacing(false);
		addClassName("pa-explorer");

		this.canvas.setId("graph-canvas");
		this.canvas.setSizeFull();
		this.canvas.getElement().setAttribute("role", "img");
		this.canvas.addNodeSelectListener((e) -> select(e.id()));
		this.canvas.addNodeExpandListener((e) -> toggle(e.id()));
		this.status.setId("graph-status");
		this.status.addClassName("pa-muted");

		// The picture speaks for itself; its heading is for screen readers.
		com.vaadin.flow.component.html.H1 heading = new com.vaadin.flow.component.html.H1(
				getTranslation("explorer.title"));
		heading.addClassName("pa-visually-hidden");
		VerticalLayout main = new VerticalLayout(heading, this.toolbar, this.filters, createStart(), this.canvas,
				createFooter(), this.nodeList);
		main.setSizeFull();
		main.setPadding(true);
		main.setSpacing(false);
		main.setFlexGrow(1, this.canvas);
		main.addClassName("pa-explorer-main");
		this.details.setWidth("26rem");
		this.details.setHeightFull();
		add(main, this.details);
		setFlexGrow(1, main);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("explorer.title") + " · " + getTranslation("app.name");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.state = ExplorerState.of(event.getLocation().getQueryParameters());
		this.filters.show(this.state);
		this.toolbar.show(this.state.layout);
		if (this.state.layout != GraphLayout.FORCE) {
			this.canvas.setLayout(this.state.layout);
		}
		redrawWithPath(true);
		if (this.state.selected != null) {
			select(this.state.selected);
		}
	}

	/** Where a first-time user can begin: 十堰 and each programme. */
	private FlexLayout createStart() {
		this.start.setId("explorer-start");
		this.start.addClassName("pa-start");
		this.start.add(new Span(getTranslation("explorer.start")));
		Button shiyan = new Button("十堰市 Shiyan", (e) -> open(SHIYAN));
		shiyan.setId("start-" + SHIYAN);
		shiyan.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
		this.start.add(shiyan);
		this.programmes.values().forEach((programme) -> {
			Button button = new Button(Language.pick(programme.name(), programme.nameEn()),
					(e) -> open(programme.key()));
			button.setId("start-" + programme.key());
			button.addThemeVariants(ButtonVariant.LUMO_SMALL);
			this.start.add(button);
		});
		this.start.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		return this.start;
	}

	private Div createFooter() {
		Div footer = new Div(this.status, new Legend(this.programmes));
		footer.addClassName("pa-explorer-footer");
		footer.setWidthFull();
		return footer;
	}

	/**
	 * Places a node on the canvas and selects it. A programme, a region or any party to a
	 * pairing tells its story first: its pairing network, supporters facing recipients,
	 * with projects, figures and sources left out until asked for. Anything else opens
	 * with its neighbours.
	 */
	void open(String key) {
		this.state.shown.add(key);
		if (this.network.storyOf(List.of(key), this.state.filter(), 1).isEmpty()) {
			this.state.expanded.add(key);
		}
		else {
			this.state.stories.add(key);
			layoutChosen(GraphLayout.SIDES);
			this.toolbar.show(GraphLayout.SIDES);
		}
		redraw(false);
		select(key);
	}

	/** Shows or hides a node's neighbours; opens a group node's members. */
	void toggle(String key) {
		String group = ExplorerGraph.groupOf(key);
		if (group != null) {
			this.state.openGroups.add(group);
			redraw(false);
			return;
		}
		if (!this.state.expanded.remove(key)) {
			this.state.expanded.add(key);
			this.state.shown.add(key);
		}
		redraw(false);
		if (key.equals(this.state.selected)) {
			select(key);
		}
	}

	void select(String key) {
		if (ExplorerGraph.groupOf(key) != null) {
			toggle(key);
			return;
		}
		var found = this.nodeDetails.of(key);
		if (found.isEmpty()) {
			this.state.selected = null;
			this.details.clear();
			updateLocation();
			return;
		}
		this.state.selected = key;
		Subgraph.GraphNode node = this.canvas.shown()
			.nodes()
			.stream()
			.filter((n) -> n.id().equals(key))
			.findFirst()
			.orElse(null);
		this.details.show(node, found.get(), this.state.expanded.contains(key), this.state.pathFrom);
		this.canvas.select(key);
		updateLocation();
	}

	/** "46 个项目": a group node's name. */
	private String groupName(String type, int count) {
		return getTranslation("explorer.group", count,
				org.pairingatlas.entity.EntityTypes.nameOf(type, Language.english()));
	}

	/** Redraws, finding the state's path again first if it has one. */
	private void redrawWithPath(boolean fit) {
		if (this.state.pathFrom != null && this.state.pathTo != null) {
			findPath(this.state.pathFrom, this.state.pathTo, fit);
		}
		else {
			redraw(fit);
		}
	}

	/** Adds the shortest path to the canvas and highlights it, or says there is none. */
	private void findPath(String from, String to, boolean fit) {
		List<Subgraph> paths;
		try {
			paths = this.network.shortestPaths(from, to, this.state.filter(), PATH_LENGTH, 1);
		}
		catch (InvalidInputException ex) {
			paths = List.of();
		}
		if (paths.isEmpty()) {
			this.state.pathTo = null;
			redraw(fit);
			this.canvas.highlight(List.of());
			notify(getTranslation("path.none", PATH_LENGTH), NotificationVariant.LUMO_WARNING);
			return;
		}
		Subgraph path = paths.get(0);
		this.state.pathFrom = from;
		this.state.pathTo = to;
		path.nodes().forEach((node) -> this.state.shown.add(node.id()));
		redraw(fit);
		List<String> ids = new ArrayList<>();
		path.nodes().forEach((node) -> ids.add(node.id()));
		path.edges().forEach((edge) -> ids.add(edge.id()));
		this.canvas.highlight(ids);
		this.status.setText(this.status.getText() + " · " + getTranslation("path.found", path.edges().size()));
	}

	private void filtersChanged() {
		this.filters.writeTo(this.state);
		redrawWithPath(false);
	}

	private void redraw(boolean fit) {
		ExplorerGraph.Result result = this.graphs.of(this.state);
		Subgraph graph = result.graph();
		this.canvas.show(graph, this.state.expanded, fit || graph.nodes().size() <= 1);
		this.nodeList.show(graph);
		this.canvas.getElement()
			.setAttribute("aria-label",
					getTranslation("explorer.canvasLabel", graph.nodes().size(), graph.edges().size()));
		this.start.setVisible(graph.nodes().isEmpty());
		if (graph.nodes().isEmpty()) {
			this.status.setText(getTranslation("explorer.empty"));
		}
		else {
			this.status.setText(
					getTranslation("explorer.count", graph.nodes().size(), graph.edges().size()) + (result.truncated()
							? " · " + getTranslation("explorer.truncated", ExplorerGraph.MAX_NODES) : ""));
		}
		updateLocation();
	}

	/**
	 * The address that reopens the view as it is now; the browser's address bar shows it.
	 */
	Location link() {
		return new Location("explore", this.state.toQueryParameters());
	}

	private void updateLocation() {
		getUI().ifPresent((ui) -> ui.getPage().getHistory().replaceState(null, link()));
	}

	private void notify(String text, NotificationVariant variant) {
		Notification notification = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
		notification.addThemeVariants(variant);
	}

	private void layoutChosen(GraphLayout layout) {
		this.state.layout = layout;
		this.canvas.setLayout(layout);
		updateLocation();
	}

	/** What the toolbar asks of the explorer. */
	private final class ToolbarActions implements ExplorerToolbar.Actions {

		@Override
		public List<Subgraph.GraphNode> suggestions(String text) {
			try {
				return ExplorerView.this.network.nodesOf(ExplorerView.this.search.keys(text, SEARCH_TYPES, 15));
			}
			catch (InvalidInputException ex) {
				return List.of();
			}
		}

		@Override
		public void open(String key) {
			ExplorerView.this.open(key);
		}

		@Override
		public void clear() {
			ExplorerView.this.state.clear();
			ExplorerView.this.details.clear();
			redraw(true);
		}

	}

	/** The detail panel's buttons. */
	private final class PanelActions implements NodeDetailPanel.Actions {

		@Override
		public void toggle(String key) {
			ExplorerView.this.toggle(key);
		}

		@Override
		public void pathFrom(String key) {
			ExplorerView.this.state.pathFrom = key;
			ExplorerView.this.state.pathTo = null;
			ExplorerView.this.canvas.highlight(List.of());
			ExplorerView.this.notify(getTranslation("path.pickEnd"), NotificationVariant.LUMO_PRIMARY);
			select(key);
		}

		@Override
		public void pathTo(String key) {
			String from = ExplorerView.this.state.pathFrom;
			if (from != null) {
				findPath(from, key, false);
				select(key);
			}
		}

		@Override
		public void hide(String key) {
			ExplorerView.this.state.hide(key);
			ExplorerView.this.details.clear();
			redraw(false);
		}

	}

}
