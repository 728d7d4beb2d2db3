package org.pairingatlas.source.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.Connection;
import org.pairingatlas.base.graphql.Page;
import org.pairingatlas.base.ui.EditButtons;
import org.pairingatlas.base.ui.FilterChoice;
import org.pairingatlas.base.ui.ListLinks;
import org.pairingatlas.base.ui.Lists;
import org.pairingatlas.security.Actors;
import org.pairingatlas.source.DocumentCatalogue;
import org.pairingatlas.source.DocumentRegistration;

/**
 * Every source the graph holds (the seed's documents, web pages, and what coordinators
 * registered), newest first, with how many facts cite each; coordinators register new
 * ones here.
 */
@Route("documents")
@Menu(order = 6, icon = "vaadin:file-text-o", title = "出处 Sources")
public class DocumentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final DocumentCatalogue catalogue;

	private final Grid<DocumentCatalogue.Entry> grid = new Grid<>();

	private final Select<String> kind;

	private final TextField text = new TextField();

	private final Span total = new Span();

	private boolean applying;

	DocumentsView(DocumentCatalogue catalogue, DocumentForm.Factory forms, Actors actors) {
		this.catalogue = catalogue;
		this.kind = FilterChoice.of(getTranslation("documents.kind"), "documents-kind", DocumentRegistration.KINDS,
				"source.");
		setId("documents-view");
		setSizeFull();
		add(new H1(getTranslation("documents.title")), createFilters(forms, actors), this.total);
		this.grid.setId("documents-grid");
		this.grid.addColumn((e) -> getTranslation("source." + e.document().kind()))
			.setHeader(getTranslation("documents.kind"))
			.setAutoWidth(true);
		this.grid.addColumn((e) -> text(e.document().number())).setHeader(getTranslation("documents.number"));
		this.grid.addComponentColumn((e) -> new Anchor(DocumentView.link(e.document().key()), e.document().title()))
			.setHeader(getTranslation("documents.docTitle"))
			.setFlexGrow(3);
		this.grid.addColumn((e) -> text(e.document().issuer())).setHeader(getTranslation("documents.issuer"));
		this.grid.addColumn((e) -> text(e.document().date()))
			.setHeader(getTranslation("documents.date"))
			.setAutoWidth(true);
		this.grid.addColumn(DocumentCatalogue.Entry::facts)
			.setHeader(getTranslation("documents.facts"))
			.setAutoWidth(true);
		this.grid.setItems((query) -> Lists.window(query.getOffset(), query.getLimit(), this::find),
				(query) -> Lists.count(this::find, this.total));
		this.grid.setSizeFull();
		add(this.grid);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("documents.title") + " · " + getTranslation("app.name");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.applying = true;
		this.kind.setValue(ListLinks.first(event.getLocation().getQueryParameters(), "kind"));
		String text = ListLinks.first(event.getLocation().getQueryParameters(), "q");
		this.text.setValue((text != null) ? text : "");
		this.applying = false;
		refresh();
	}

	private FlexLayout createFilters(DocumentForm.Factory forms, Actors actors) {
		this.text.setPlaceholder(getTranslation("documents.search"));
		this.text.setAriaLabel(getTranslation("documents.search"));
		this.text.setId("documents-text");
		this.text.setClearButtonVisible(true);
		this.text.setValueChangeMode(ValueChangeMode.LAZY);
		this.text.addValueChangeListener((e) -> refresh());
		this.kind.addValueChangeListener((e) -> refresh());
		FlexLayout filters = new FlexLayout(this.kind, this.text);
		if (actors.current().coordinator()) {
			filters.add(EditButtons.record(getTranslation("documents.register"), "documents-register",
					() -> forms.register(this::refresh)));
		}
		filters.addClassName("pa-toolbar");
		return filters;
	}

	private void refresh() {
		if (this.applying) {
			return;
		}
		this.grid.getDataProvider().refreshAll();
		Map<String, @Nullable String> link = new LinkedHashMap<>();
		link.put("kind", this.kind.getValue());
		link.put("q", this.text.getValue().isBlank() ? null : this.text.getValue());
		ListLinks.update("documents", link);
	}

	private Connection<DocumentCatalogue.Entry> find(Page page) {
		return this.catalogue.find(this.kind.getValue(), this.text.getValue(), page);
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
