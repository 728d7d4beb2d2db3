package org.pairingatlas.explorer;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import org.pairingatlas.network.Subgraph;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network drawing: a Cytoscape.js canvas ({@code frontend/graph-canvas.js}) showing
 * exactly the subgraph the server gives it. Nodes are coloured by type, outlined by
 * programme and sized by funding ({@link NodeStyle}).
 */
@Tag("pa-graph-canvas")
@JsModule("./graph-canvas.js")
@NpmPackage(value = "cytoscape", version = "3.34.4")
@NpmPackage(value = "cytoscape-fcose", version = "2.2.0")
public class GraphCanvas extends Component implements HasSize {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Subgraph shown = new Subgraph(List.of(), List.of(), false);

	private GraphLayout layout = GraphLayout.FORCE;

	/**
	 * Draws the subgraph, keeping the positions of nodes already drawn.
	 * @param expanded the nodes whose neighbours are shown, drawn with a heavier outline
	 * @param fit whether to zoom so that everything is in view
	 */
	public void show(Subgraph graph, Collection<String> expanded, boolean fit) {
		this.shown = graph;
		getElement().callJsFunction("setGraph", JSON.writeValueAsString(drawable(graph, expanded)), fit);
	}

	/** The subgraph drawn last. */
	public Subgraph shown() {
		return this.shown;
	}

	public void setLayout(GraphLayout layout) {
		this.layout = layout;
		getElement().callJsFunction("setLayout", layout.cytoscapeName());
	}

	public GraphLayout layout() {
		return this.layout;
	}

	/** Emphasises these nodes and edges (by id), fading the rest; empty clears it. */
	public void highlight(Collection<String> ids) {
		getElement().callJsFunction("highlight", JSON.writeValueAsString(List.copyOf(ids)));
	}

	public void select(String id) {
		getElement().callJsFunction("select", id);
	}

	public void fit() {
		getElement().callJsFunction("fit");
	}

	public void zoomBy(double factor) {
		getElement().callJsFunction("zoomBy", factor);
	}

	/** Saves the drawing as a PNG file in the user's browser. */
	public void downloadPng(String fileName) {
		getElement().callJsFunction("downloadPng", fileName);
	}

	public Registration addNodeSelectListener(ComponentEventListener<NodeSelectEvent> listener) {
		return addListener(NodeSelectEvent.class, listener);
	}

	public Registration addNodeExpandListener(ComponentEventListener<NodeExpandEvent> listener) {
		return addListener(NodeExpandEvent.class, listener);
	}

	private static Map<String, Object> drawable(Subgraph graph, Collection<String> expanded) {
		double maxFunding = graph.nodes()
			.stream()
			.filter((n) -> n.funding() != null)
			.mapToDouble((n) -> n.funding().doubleValue())
			.max()
			.orElse(0);
		List<Map<String, Object>> nodes = graph.nodes().stream().map((n) -> {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("id", n.id());
			data.put("label", n.label());
			data.put("type", n.type());
			data.put("color", NodeStyle.colourOf(n.type()));
			data.put("border", NodeStyle.programmeColourOf(n.programme()));
			data.put("shape", NodeStyle.shapeOf(n.type()));
			data.put("size", NodeStyle.sizeOf(n, maxFunding));
			data.put("classes", (n.confirmed() ? "" : "unconfirmed ") + (expanded.contains(n.id()) ? "expanded " : "")
					+ (n.type().equals(ExplorerGraph.GROUP) ? "group" : ""));
			return data;
		}).toList();
		List<Map<String, Object>> edges = graph.edges().stream().map((e) -> {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("id", e.id());
			data.put("source", e.source());
			data.put("target", e.target());
			data.put("type", e.type());
			if (e.type().equals("PART_OF") || e.type().equals("LOCATED_IN")) {
				data.put("hierarchy", true);
			}
			return data;
		}).toList();
		return Map.of("nodes", nodes, "edges", edges);
	}

	/** A node was clicked. */
	@DomEvent("node-select")
	public static class NodeSelectEvent extends ComponentEvent<GraphCanvas> {

		private final String id;

		public NodeSelectEvent(GraphCanvas source, boolean fromClient, @EventData("event.detail.id") String id) {
			super(source, fromClient);
			this.id = id;
		}

		public String id() {
			return this.id;
		}

	}

	/** A node was double-clicked: show or hide its neighbours. */
	@DomEvent("node-expand")
	public static class NodeExpandEvent extends ComponentEvent<GraphCanvas> {

		private final String id;

		public NodeExpandEvent(GraphCanvas source, boolean fromClient, @EventData("event.detail.id") String id) {
			super(source, fromClient);
			this.id = id;
		}

		public String id() {
			return this.id;
		}

	}

}
