package org.pairingatlas.explorer;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.ui.Language;
import org.pairingatlas.base.ui.PropertyWords;
import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.page.NodeRedirect;
import org.pairingatlas.page.Partners;
import org.pairingatlas.source.ui.DocumentView;
import org.pairingatlas.network.NodeDetails;
import org.pairingatlas.network.Subgraph;
import org.pairingatlas.source.Citation;
import org.pairingatlas.source.Document;

/**
 * The selected node: every stored property, the sources that state it (number, title and
 * the words quoted), and what can be done from it.
 */
class NodeDetailPanel extends VerticalLayout {

	/** The types that have a page of their own. */
	private static final List<String> WITH_PAGES = List.of("Region", "Organisation", "Programme", "Pairing", "Project",
			"Target", "Source");

	private final Actions actions;

	private final Partners partners;

	NodeDetailPanel(Actions actions, Partners partners) {
		this.actions = actions;
		this.partners = partners;
		setId("node-details");
		addClassName("pa-details");
		setPadding(true);
		setSpacing(false);
		clear();
	}

	void clear() {
		removeAll();
		add(new Paragraph(getTranslation("details.empty")));
	}

	void show(Subgraph.@Nullable GraphNode node, NodeDetails.Details details, boolean expanded,
			@Nullable String pathFrom) {
		removeAll();
		H3 title = new H3((node != null) ? node.label() : details.key());
		title.setId("details-title");
		add(title);
		// A region's key is its official division code, which coordinators use; other
		// keys
		// are the graph's own and stay out of sight.
		add(muted(EntityTypes.nameOf(details.type(), Language.english())
				+ (details.type().equals("Region") ? " · " + details.key() : "")));
		add(createActions(details.key(), expanded, pathFrom));
		if (WITH_PAGES.contains(details.type())) {
			Anchor page = new Anchor(NodeRedirect.link(details.key()), getTranslation("details.openPage"));
			page.setId("details-open-page");
			add(page);
		}
		if (details.type().equals("Region") || details.type().equals("Organisation")) {
			add(new H4(getTranslation("page.partners")));
			add(this.partners.of(details.key(), getLocale()));
		}
		Div properties = new Div();
		properties.addClassName("pa-properties");
		for (Map.Entry<String, Object> property : details.properties().entrySet()) {
			if (!PropertyWords.shown(property.getKey())) {
				continue;
			}
			Span name = new Span(PropertyWords.name(property.getKey(), getLocale()));
			name.addClassName("pa-muted");
			properties.add(name, new Span(PropertyWords.value(property.getKey(), property.getValue(), getLocale())));
		}
		add(properties);
		add(new H4(getTranslation("details.sources", details.citations().size())));
		if (details.citations().isEmpty()) {
			add(muted(getTranslation("details.noSources")));
		}
		for (Citation citation : details.citations()) {
			add(citation(citation));
		}
	}

	private FlexLayout createActions(String key, boolean expanded, @Nullable String pathFrom) {
		Button expand = new Button(getTranslation(expanded ? "details.collapse" : "details.expand"),
				(e) -> this.actions.toggle(key));
		expand.setId("details-expand");
		expand.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
		Button from = new Button(getTranslation("details.pathFrom"), (e) -> this.actions.pathFrom(key));
		from.setId("details-path-from");
		from.addThemeVariants(ButtonVariant.LUMO_SMALL);
		FlexLayout row = new FlexLayout(expand, from);
		if (pathFrom != null && !pathFrom.equals(key)) {
			Button to = new Button(getTranslation("details.pathTo"), (e) -> this.actions.pathTo(key));
			to.setId("details-path-to");
			to.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
			row.add(to);
		}
		Button hide = new Button(getTranslation("details.hide"), (e) -> this.actions.hide(key));
		hide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		row.add(hide);
		row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		row.getStyle().set("gap", "var(--lumo-space-xs)");
		return row;
	}

	private static Div citation(Citation citation) {
		Document document = citation.document();
		Div box = new Div();
		box.addClassName("pa-citation");
		String heading = ((document.number() != null) ? document.number() + " " : "") + "《" + document.title() + "》";
		Anchor title = new Anchor(DocumentView.link(document.key()), heading);
		title.addClassName("pa-citation-title");
		box.add(title);
		String issuer = ((document.issuer() != null) ? document.issuer() : "")
				+ ((document.date() != null) ? " · " + document.date() : "");
		if (!issuer.isBlank()) {
			box.add(muted(issuer));
		}
		if (citation.excerpt() != null && !citation.excerpt().isBlank()) {
			Div excerpt = new Div("“" + citation.excerpt() + "”");
			excerpt.addClassName("pa-excerpt");
			box.add(excerpt);
		}
		return box;
	}

	private static Span muted(String text) {
		Span span = new Span(text);
		span.addClassName("pa-muted");
		span.getStyle().set("display", "block");
		return span;
	}

	/** What the panel's buttons ask the explorer to do. */
	interface Actions {

		void toggle(String key);

		void pathFrom(String key);

		void pathTo(String key);

		void hide(String key);

	}

}
