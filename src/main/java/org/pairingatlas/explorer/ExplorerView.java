package org.pairingatlas.explorer;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.entity.EntityTypes;
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

	private final FlexLayout start = new FlexLayout();

	private final Select<GraphLayout> layoutSelect = new Select<>();

	private final ExplorerFilters filters;

	private ExplorerState state = new ExplorerState();

	// Filters are set from the link on entry; their listeners must not echo that back.
	private boolean applying;

	ExplorerView(NetworkQuery network, NodeDetails nodeDetails, TextSearch search, Programmes programmes) {
		this.network = network;
		this.nodeDetails = nodeDetails;
		this.search = search;
		this.graphs = new ExplorerGraph(network);
		this.programmes = programmes.all()
			.stream()
			.collect(Collectors.toMap(Programme::key, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
		this.details = new NodeDetailPanel(new PanelActions());
		this.filters = new ExplorerFilters(this.programmes, this::filtersChanged);
		setId("explorer-view");
		setSizeFull();
		setSpacing(false);
		addClassName("pa-explorer");

		this.canvas.setId("graph-canvas");
		this.canvas.setSizeFull();
		this.canvas.addNodeSelectListener((e) -> select(e.id()));
		this.canvas.addNodeExpandListener((e) -> toggle(e.id()));
		this.status.setId("graph-status");
		this.status.addClassName("pa-muted");

		VerticalLayout main = new VerticalLayout(createToolbar(), this.filters, createStart(), this.canvas,
				createFooter());
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
		this.applying = true;
		this.filters.show(this.state);
		this.layoutSelect.setValue(this.state.layout);
		this.applying = false;
		if (this.state.layout != GraphLayout.FORCE) {
			this.canvas.setLayout(this.state.layout);
		}
		redrawWithPath(true);
		if (this.state.selected != null) {
			select(this.state.selected);
		}
	}

	private HorizontalLayout createToolbar() {
		ComboBox<Subgraph.GraphNode> searchBox = new ComboBox<>();
		searchBox.setId("explorer-search");
		searchBox.setPlaceholder(getTranslation("explorer.search"));
		searchBox.setPrefixComponent(VaadinIcon.SEARCH.create());
		searchBox.setWidth("24rem");
		searchBox.setItemLabelGenerator(
				(node) -> node.label() + " · " + EntityTypes.nameOf(node.type(), Language.english()) + suffix(node));
		searchBox.setItems((query) -> suggestions(query.getFilter().orElse(null), query.getOffset()).stream()
			.limit(query.getLimit()));
		searchBox.addValueChangeListener((e) -> {
			if (e.getValue() != null && e.isFromClient()) {
				open(e.getValue().id());
				searchBox.clear();
			}
		});
		this.layoutSelect.setItems(GraphLayout.values());
		this.layoutSelect.setItemLabelGenerator((layout) -> getTranslation("layout." + layout.name()));
		this.layoutSelect.setValue(GraphLayout.FORCE);
		this.layoutSelect.setId("explorer-layout");
		this.layoutSelect.setTooltipText(getTranslation("explorer.layout"));
		this.layoutSelect.addValueChangeListener((e) -> {
			if (!this.applying && e.getValue() != null) {
				this.state.layout = e.getValue();
				this.canvas.setLayout(e.getValue());
				updateLocation();
			}
		});
		Button fit = iconButton(VaadinIcon.EXPAND_SQUARE, "explorer.fit", (e) -> this.canvas.fit());
		Button zoomIn = iconButton(VaadinIcon.PLUS, "explorer.zoomIn", (e) -> this.canvas.zoomBy(1.25));
		Button zoomOut = iconButton(VaadinIcon.MINUS, "explorer.zoomOut", (e) -> this.canvas.zoomBy(0.8));
		Button png = new Button(getTranslation("explorer.png"), VaadinIcon.PICTURE.create(),
				(e) -> this.canvas.downloadPng("pairing-atlas.png"));
		png.setId("export-png");
		Anchor graphMl = new Anchor(DownloadHandler.fromInputStream((event) -> {
			byte[] bytes = GraphMl.of(this.canvas.shown());
			return new DownloadResponse(new ByteArrayInputStream(bytes), "pairing-atlas.graphml",
					"application/graphml+xml", bytes.length);
		}), getTranslation("explorer.graphml"));
		graphMl.setId("export-graphml");
		graphMl.addClassName("pa-link-button");
		Button clear = new Button(getTranslation("explorer.clear"), (e) -> {
			this.state.shown.clear();
			this.state.expanded.clear();
			this.state.selected = null;
			this.state.pathFrom = null;
			this.state.pathTo = null;
			this.details.clear();
			redraw(true);
		});
		clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		clear.setId("explorer-clear");
		HorizontalLayout toolbar = new HorizontalLayout(searchBox, this.layoutSelect, fit, zoomIn, zoomOut, png,
				graphMl, clear);
		toolbar.setAlignItems(Alignment.CENTER);
		toolbar.setWrap(true);
		toolbar.setWidthFull();
		return toolbar;
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

	private List<Subgraph.GraphNode> suggestions(@Nullable String text, int offset) {
		if (text == null || text.isBlank() || offset > 0) {
			return List.of();
		}
		try {
			List<String> keys = this.search.keys(text, SEARCH_TYPES, 15);
			return this.network.nodesOf(keys);
		}
		catch (InvalidInputException ex) {
			return List.of();
		}
	}

	/** Places a node on the canvas, expanded, and selects it. */
	void open(String key) {
		this.state.shown.add(key);
		this.state.expanded.add(key);
		redraw(false);
		select(key);
	}

	/** Shows or hides a node's neighbours. */
	void toggle(String key) {
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
		if (this.applying) {
			return;
		}
		this.filters.writeTo(this.state);
		redrawWithPath(false);
	}

	private void redraw(boolean fit) {
		ExplorerGraph.Result result = this.graphs.of(this.state);
		Subgraph graph = result.graph();
		this.canvas.show(graph, this.state.expanded, fit || graph.nodes().size() <= 1);
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

	private void updateLocation() {
		getUI().ifPresent((ui) -> ui.getPage()
			.getHistory()
			.replaceState(null, new Location("explore", this.state.toQueryParameters())));
	}

	private void notify(String text, NotificationVariant variant) {
		Notification notification = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
		notification.addThemeVariants(variant);
	}

	private Button iconButton(VaadinIcon icon, String tooltip,
			com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> listener) {
		Button button = new Button(icon.create(), listener);
		button.addThemeVariants(ButtonVariant.LUMO_ICON);
		button.setTooltipText(getTranslation(tooltip));
		button.setAriaLabel(getTranslation(tooltip));
		return button;
	}

	private String suffix(Subgraph.GraphNode node) {
		return (node.level() != null) ? " · " + getTranslation("level." + node.level()) : "";
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
			ExplorerView.this.state.shown.remove(key);
			ExplorerView.this.state.expanded.remove(key);
			ExplorerView.this.state.selected = null;
			ExplorerView.this.details.clear();
			redraw(false);
		}

	}

}
