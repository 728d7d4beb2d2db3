package org.pairingatlas.explorer;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.pairingatlas.base.ui.Language;
import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.network.Subgraph;

/**
 * The explorer's toolbar: the search box that places a node, the layout, zoom, the PNG
 * and GraphML exports of what is drawn, and clearing the canvas.
 */
class ExplorerToolbar extends HorizontalLayout {

	/** What the toolbar asks of the explorer. */
	interface Actions {

		/** The nodes whose names best match the text, best first. */
		List<Subgraph.GraphNode> suggestions(String text);

		/** Places a node on the canvas. */
		void open(String key);

		/** Clears the canvas. */
		void clear();

	}

	private final Select<GraphLayout> layout = new Select<>();

	// The layout is set from the link on entry; its listener must not echo that back.
	private boolean showing;

	ExplorerToolbar(GraphCanvas canvas, Actions actions, Consumer<GraphLayout> layoutChosen) {
		this.layout.setItems(GraphLayout.values());
		this.layout.setItemLabelGenerator((choice) -> getTranslation("layout." + choice.name()));
		this.layout.setValue(GraphLayout.FORCE);
		this.layout.setId("explorer-layout");
		this.layout.setTooltipText(getTranslation("explorer.layout"));
		this.layout.setAriaLabel(getTranslation("explorer.layout"));
		this.layout.addValueChangeListener((e) -> {
			if (!this.showing && e.getValue() != null) {
				layoutChosen.accept(e.getValue());
			}
		});
		Button fit = iconButton(VaadinIcon.EXPAND_SQUARE, "explorer.fit", (e) -> canvas.fit());
		Button zoomIn = iconButton(VaadinIcon.PLUS, "explorer.zoomIn", (e) -> canvas.zoomBy(1.25));
		Button zoomOut = iconButton(VaadinIcon.MINUS, "explorer.zoomOut", (e) -> canvas.zoomBy(0.8));
		Button png = new Button(getTranslation("explorer.png"), VaadinIcon.PICTURE.create(),
				(e) -> canvas.downloadPng("pairing-atlas.png"));
		png.setId("export-png");
		Anchor graphMl = new Anchor(DownloadHandler.fromInputStream((event) -> {
			byte[] bytes = GraphMl.of(canvas.shown());
			return new DownloadResponse(new ByteArrayInputStream(bytes), "pairing-atlas.graphml",
					"application/graphml+xml", bytes.length);
		}), getTranslation("explorer.graphml"));
		graphMl.setId("export-graphml");
		graphMl.addClassName("pa-link-button");
		Button clear = new Button(getTranslation("explorer.clear"), (e) -> actions.clear());
		clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		clear.setId("explorer-clear");
		add(createSearch(actions::suggestions, actions::open), this.layout, fit, zoomIn, zoomOut, png, graphMl, clear);
		setAlignItems(Alignment.CENTER);
		setWrap(true);
		setWidthFull();
	}

	private ComboBox<Subgraph.GraphNode> createSearch(Function<String, List<Subgraph.GraphNode>> suggestions,
			Consumer<String> open) {
		ComboBox<Subgraph.GraphNode> search = new ComboBox<>();
		search.setId("explorer-search");
		search.setPlaceholder(getTranslation("explorer.search"));
		search.setAriaLabel(getTranslation("explorer.search"));
		search.setPrefixComponent(VaadinIcon.SEARCH.create());
		search.setWidth("24rem");
		search.setItemLabelGenerator(
				(node) -> node.label() + " · " + EntityTypes.nameOf(node.type(), Language.english()) + levelOf(node));
		search.setItems((query) -> {
			String text = query.getFilter().orElse("");
			int offset = query.getOffset();
			int limit = query.getLimit();
			return (text.isBlank() || offset > 0) ? java.util.stream.Stream.empty()
					: suggestions.apply(text).stream().limit(limit);
		});
		search.addValueChangeListener((e) -> {
			if (e.getValue() != null && e.isFromClient()) {
				open.accept(e.getValue().id());
				search.clear();
			}
		});
		return search;
	}

	/** Shows a state's layout, as when opening a link, without telling anyone. */
	void show(GraphLayout chosen) {
		this.showing = true;
		this.layout.setValue(chosen);
		this.showing = false;
	}

	private String levelOf(Subgraph.GraphNode node) {
		return (node.level() != null) ? " · " + getTranslation("level." + node.level()) : "";
	}

	private Button iconButton(VaadinIcon icon, String tooltip, ComponentEventListener<ClickEvent<Button>> listener) {
		Button button = new Button(icon.create(), listener);
		button.addThemeVariants(ButtonVariant.LUMO_ICON);
		button.setTooltipText(getTranslation(tooltip));
		button.setAriaLabel(getTranslation(tooltip));
		return button;
	}

}
