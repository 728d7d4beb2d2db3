package org.pairingatlas.organisation.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.Connection;
import org.pairingatlas.base.graphql.Page;
import org.pairingatlas.base.ui.EditButtons;
import org.pairingatlas.base.ui.FilterChoice;
import org.pairingatlas.base.ui.ListLinks;
import org.pairingatlas.base.ui.Lists;
import org.pairingatlas.organisation.Organisation;
import org.pairingatlas.organisation.OrganisationSearch;
import org.pairingatlas.programme.Programmes;
import org.pairingatlas.base.ui.component.ProgrammeSelect;
import org.pairingatlas.search.NodeLookups;
import org.pairingatlas.security.Actors;
import org.pairingatlas.base.ui.component.NodePicker;

/**
 * Every organisation the reader may see (government bodies, hospitals, schools,
 * enterprises, parks), filtered by kind, region and programme, and exported as CSV.
 */
@Route("organisations")
@Menu(order = 4, icon = "vaadin:building", title = "机构 Organisations")
public class OrganisationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final OrganisationSearch organisations;

	private final Grid<Organisation> grid = new Grid<>();

	private final Select<String> kind;

	private final ProgrammeSelect programme;

	private final NodePicker region;

	private final Span total = new Span();

	private boolean applying;

	OrganisationsView(OrganisationSearch organisations, Programmes programmes, NodeLookups lookups,
			OrganisationForm.Factory forms, Actors actors) {
		this.organisations = organisations;
		this.kind = FilterChoice.of(getTranslation("organisations.kind"), "organisations-kind",
				OrganisationSearch.KINDS, "kind.");
		this.programme = new ProgrammeSelect(getTranslation("filter.programmes"), programmes.choices(), true);
		this.region = new NodePicker(getTranslation("organisations.region"), lookups.of(List.of("Region")));
		setId("organisations-view");
		setSizeFull();
		add(new H1(getTranslation("organisations.title")), createFilters(forms, actors), this.total);
		this.grid.setId("organisations-grid");
		this.grid.addComponentColumn((o) -> new Anchor(ListLinks.page(o.key()), o.name()))
			.setHeader(getTranslation("organisations.name"))
			.setSortProperty("NAME")
			.setFlexGrow(2);
		this.grid.addColumn((o) -> (o.nameEn() != null) ? o.nameEn() : "")
			.setHeader(getTranslation("organisations.nameEn"))
			.setFlexGrow(2);
		this.grid.addColumn((o) -> getTranslation("kind." + o.kind()))
			.setHeader(getTranslation("organisations.kind"))
			.setSortProperty("KIND");
		this.grid.addColumn((o) -> o.confirmed() ? "" : getTranslation("list.unconfirmed"))
			.setHeader(getTranslation("list.confirmed"));
		this.grid
			.addColumn((o) -> "ended".equals(o.status())
					? getTranslation("organisations.ended") + ((o.endDate() != null) ? " " + o.endDate() : "") : "")
			.setHeader(getTranslation("organisations.status"));
		this.grid.addComponentColumn((o) -> new Anchor(ListLinks.explore(o.key()), getTranslation("list.explore")));
		if (actors.current().coordinator()) {
			addEditColumn(forms);
		}
		this.grid.setItems((query) -> {
			String sort = query.getSortOrders().isEmpty() ? "NAME" : query.getSortOrders().get(0).getSorted();
			return Lists.window(query.getOffset(), query.getLimit(), (page) -> find(page, sort));
		}, (query) -> Lists.count(this::find, this.total));
		this.grid.setSizeFull();
		add(this.grid);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("organisations.title") + " · " + getTranslation("app.name");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters query = event.getLocation().getQueryParameters();
		this.applying = true;
		this.kind.setValue(ListLinks.first(query, "kind"));
		this.programme.setValue(ListLinks.first(query, "programme"));
		String regionKey = ListLinks.first(query, "region");
		if (regionKey != null) {
			this.region.select(regionKey);
		}
		this.applying = false;
		refresh();
	}

	/** Change and end buttons on every row that has not ended, for coordinators. */
	private void addEditColumn(OrganisationForm.Factory forms) {
		EditButtons.addColumn(this.grid, getTranslation("organisations.changeShort"),
				(o) -> forms.change(o, this::refresh), getTranslation("organisations.endShort"),
				(o) -> forms.end(o, this::refresh), (o) -> "ended".equals(o.status()));
	}

	private FlexLayout createFilters(OrganisationForm.Factory forms, Actors actors) {
		this.programme.setId("organisations-programme");
		this.region.setId("organisations-region");
		this.kind.addValueChangeListener((e) -> refresh());
		this.programme.addValueChangeListener((e) -> refresh());
		this.region.addValueChangeListener((e) -> refresh());
		Anchor csv = new Anchor(
				Lists.csv("organisations.csv", List.of("key", "name", "name_en", "kind", "confirmed"), this::find,
						(page) -> page.stream()
							.<List<?>>map((o) -> List.of(o.key(), o.name(), (o.nameEn() != null) ? o.nameEn() : "",
									o.kind(), o.confirmed()))
							.toList()),
				getTranslation("list.csv"));
		csv.setId("organisations-csv");
		FlexLayout filters = new FlexLayout(this.kind, this.programme, this.region, csv);
		if (actors.current().coordinator()) {
			filters.add(EditButtons.record(getTranslation("organisations.record"), "organisations-record",
					() -> forms.record(this.region.getValue(), this::refresh)));
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
		link.put("programme", this.programme.getValue());
		link.put("region", this.region.getValue());
		ListLinks.update("organisations", link);
	}

	private Connection<Organisation> find(Page page) {
		return find(page, "NAME");
	}

	private Connection<Organisation> find(Page page, String sort) {
		return this.organisations.find(new OrganisationSearch.OrganisationFilter(this.kind.getValue(),
				this.region.getValue(), this.programme.getValue()), sort, page);
	}

}
