package org.pairingatlas.explorer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.pairingatlas.base.ui.Language;
import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.network.Subgraph;

/**
 * The canvas in words, for a screen reader or a keyboard: the nodes drawn, by type, each
 * a button that selects it (its details, and from there expand or open its page). Built
 * only while open, so a picture of thousands of nodes costs nothing until it is read.
 */
final class NodeList extends Details {

	/** Most nodes listed; the rest are counted. */
	static final int LISTED = 500;

	private final Consumer<String> select;

	private final Div content = new Div();

	private Subgraph graph = new Subgraph(List.of(), List.of(), false);

	NodeList(Consumer<String> select) {
		this.select = select;
		setId("node-list");
		setSummaryText(getTranslation("explorer.nodeList", 0));
		add(this.content);
		addOpenedChangeListener((e) -> fill());
	}

	void show(Subgraph graph) {
		this.graph = graph;
		setSummaryText(getTranslation("explorer.nodeList", graph.nodes().size()));
		fill();
	}

	private void fill() {
		this.content.removeAll();
		if (!isOpened()) {
			return;
		}
		Map<String, UnorderedList> byType = new TreeMap<>();
		int listed = 0;
		for (Subgraph.GraphNode node : this.graph.nodes()) {
			if (listed++ >= LISTED) {
				break;
			}
			Button button = new Button(node.label(), (e) -> this.select.accept(node.id()));
			button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
			byType.computeIfAbsent(node.type(), (type) -> new UnorderedList()).add(new ListItem(button));
		}
		byType.forEach((type, list) -> {
			String name = ExplorerGraph.GROUP.equals(type) ? getTranslation("explorer.groups")
					: EntityTypes.nameOf(type, Language.english());
			this.content.add(new H4(name + " (" + list.getChildren().count() + ")"), list);
		});
		if (this.graph.nodes().size() > LISTED) {
			this.content.add(new Div(getTranslation("explorer.nodeListMore", this.graph.nodes().size() - LISTED)));
		}
	}

}
