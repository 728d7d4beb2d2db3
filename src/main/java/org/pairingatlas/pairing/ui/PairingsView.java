package org.pairingatlas.pairing.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
import org.pairingatlas.pairing.Pairing;
import org.pairingatlas.pairing.PairingFilter;
import org.pairingatlas.pairing.PairingSearch;
import org.pairingatlas.pairing.PairingSort;
import org.pairingatlas.pairing.PairingVocabulary;
import org.pairingatlas.programme.Programmes;
import org.pairingatlas.base.ui.component.ProgrammeSelect;
import org.pairingatlas.base.ui.component.NodePicker;
import org.pairingatlas.search.NodeLookups;
import org.pairingatlas.security.Actors;

/**
 * Every pairing the reader may see, filtered by programme, level, kind and the regions on
 * either side, sorted on the server, and exported as CSV with the same filters.
 */
@Route("pairings")
@Menu(order = 2, icon = "vaadin:handshake", title = "结对 Pairings")
public class PairingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final PairingSearch pairings;

	private final NodeLookups lookups;

	private final Grid<Pairing> grid = new Grid<>();

	private final ProgrammeSelect programme;

	private final Select<String> level;

	private final Select<String> kind;

	private final NodePicker supporter;

	private final NodePicker recipient;

	private final Span total = new Span();

	// Names of the parties on the rows fetched so far.
	private final Map<String, String> names = new HashMap<>();

	private boolean applying;

	PairingsView(PairingSearch pairings, NodeLookups lookups, Programmes programmes, PairingForm.Factory forms,
			Actors actors) {
		this.pairings = pairings;
		this.lookups = lookups;
		this.programme = new ProgrammeSelect(getTranslation("filter.programmes"), programmes.choices(), true);
		this.level = FilterChoice.of(getTranslation("filter.levels"), "pairings-level", PairingVocabulary.LEVELS,
				"level.");
		this.kind = FilterChoice.of(getTranslation("filter.kinds"), "pairings-kind", PairingVocabulary.KINDS, "kind.");
		this.supporter = new NodePicker(getTranslation("pairings.supporterRegion"), lookups.of(List.of("Region")));
		this.recipient = new NodePicker(getTranslation("pairings.recipientRegion"), lookups.of(List.of("Region")));
		setId("pairings-view");
		setSizeFull();
		add(new H1(getTranslation("pairings.title")));
		add(createFilters(forms, actors));
		add(this.total);
		configureGrid();
		if (actors.current().coordinator()) {
			addEditColumn(forms);
		}
		add(this.grid);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("pairings.title") + " · " + getTranslation("app.name");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters query = event.getLocation().getQueryParameters();
		this.applying = true;
		this.programme.setValue(ListLinks.first(query, "programme"));
		this.level.setValue(ListLinks.first(query, "level"));
		this.kind.setValue(ListLinks.first(query, "kind"));
		String supporterKey = ListLinks.first(query, "supporter");
		if (supporterKey != null) {
			this.supporter.select(supporterKey);
		}
		String recipientKey = ListLinks.first(query, "recipient");
		if (recipientKey != null) {
			this.recipient.select(recipientKey);
		}
		this.applying = false;
		refresh();
	}

	private FlexLayout createFilters(PairingForm.Factory forms, Actors actors) {
		this.programme.setId("pairings-programme");
		this.supporter.setId("pairings-supporter");
		this.recipient.setId("pairings-recipient");
		this.programme.addValueChangeListener((e) -> refresh());
		this.level.addValueChangeListener((e) -> refresh());
		this.kind.addValueChangeListener((e) -> refresh());
		this.supporter.addValueChangeListener((e) -> refresh());
		this.recipient.addValueChangeListener((e) -> refresh());
		Anchor csv = new Anchor(Lists.csv("pairings.csv", csvHeaders(), this::find, this::csvRows),
				getTranslation("list.csv"));
		csv.setId("pairings-csv");
		FlexLayout filters = new FlexLayout(this.programme, this.level, this.kind, this.supporter, this.recipient, csv);
		if (actors.current().coordinator()) {
			filters.add(EditButtons.record(getTranslation("pairings.record"), "pairings-record",
					() -> forms.record(this::refresh)));
		}
		filters.addClassName("pa-toolbar");
		return filters;
	}

	/** Change and end buttons on every row that is not ended, for coordinators. */
	private void addEditColumn(PairingForm.Factory forms) {
		EditButtons.addColumn(this.grid, getTranslation("pairings.changeShort"), (p) -> forms.change(p, this::refresh),
				getTranslation("pairings.endShort"), (p) -> forms.end(p, this::refresh),
				(p) -> "ended".equals(p.status()));
	}

	private void configureGrid() {
		this.grid.setId("pairings-grid");
		this.grid.addColumn((p) -> this.programme.nameOf(p.programmeKey()))
			.setHeader(getTranslation("pairings.programme"))
			.setSortProperty(PairingSort.PROGRAMME.name())
			.setAutoWidth(true);
		this.grid.addColumn((p) -> getTranslation("level." + p.level())).setHeader(getTranslation("pairings.level"));
		this.grid.addColumn((p) -> getTranslation("kind." + p.kind())).setHeader(getTranslation("pairings.kind"));
		this.grid.addComponentColumn((p) -> new Anchor(ListLinks.page(p.supporterKey()), name(p.supporterKey())))
			.setHeader(getTranslation("pairings.supporter"))
			.setSortProperty(PairingSort.SUPPORTER.name())
			.setAutoWidth(true);
		this.grid.addComponentColumn((p) -> new Anchor(ListLinks.page(p.recipientKey()), name(p.recipientKey())))
			.setHeader(getTranslation("pairings.recipient"))
			.setSortProperty(PairingSort.RECIPIENT.name())
			.setAutoWidth(true);
		this.grid.addColumn((p) -> (p.startDate() != null) ? p.startDate() : "")
			.setHeader(getTranslation("pairings.start"))
			.setSortProperty(PairingSort.START_DATE.name());
		this.grid.addColumn((p) -> getTranslation("status." + p.status())).setHeader(getTranslation("pairings.status"));
		this.grid.addColumn((p) -> p.confirmed() ? "" : getTranslation("list.unconfirmed"))
			.setHeader(getTranslation("list.confirmed"));
		this.grid.addComponentColumn((p) -> new Anchor(ListLinks.explore(p.key()), getTranslation("list.explore")))
			.setHeader("");
		this.grid.setMultiSort(false);
		this.grid.setItems((query) -> {
			PairingSort sort = sortOf(query.getSortOrders());
			List<Pairing> rows = Lists.window(query.getOffset(), query.getLimit(), (page) -> find(page, sort)).toList();
			loadNames(rows);
			return rows.stream();
		}, (query) -> Lists.count(this::find, this.total));
		this.grid.setSizeFull();
	}

	private void refresh() {
		if (this.applying) {
			return;
		}
		this.grid.getDataProvider().refreshAll();
		Map<String, @Nullable String> link = new LinkedHashMap<>();
		link.put("programme", this.programme.getValue());
		link.put("level", this.level.getValue());
		link.put("kind", this.kind.getValue());
		link.put("supporter", this.supporter.getValue());
		link.put("recipient", this.recipient.getValue());
		ListLinks.update("pairings", link);
	}

	private Connection<Pairing> find(Page page) {
		return find(page, PairingSort.PROGRAMME);
	}

	private Connection<Pairing> find(Page page, PairingSort sort) {
		PairingFilter filter = new PairingFilter(this.programme.getValue(), this.level.getValue(), this.kind.getValue(),
				this.supporter.getValue(), this.recipient.getValue(), null, null);
		return this.pairings.find(filter, sort, page);
	}

	private static PairingSort sortOf(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
		// The services sort ascending; the grid's descending order is not offered.
		return orders.isEmpty() ? PairingSort.PROGRAMME : PairingSort.valueOf(orders.get(0).getSorted());
	}

	private void loadNames(List<Pairing> rows) {
		List<String> missing = new ArrayList<>();
		rows.forEach((p) -> {
			if (!this.names.containsKey(p.supporterKey())) {
				missing.add(p.supporterKey());
			}
			if (!this.names.containsKey(p.recipientKey())) {
				missing.add(p.recipientKey());
			}
		});
		if (!missing.isEmpty()) {
			this.names.putAll(this.lookups.names(missing));
		}
	}

	private String name(String key) {
		return this.names.getOrDefault(key, key);
	}

	private List<String> csvHeaders() {
		return List.of("key", "programme", "level", "kind", "supporter_key", "supporter", "recipient_key", "recipient",
				"start_date", "end_date", "status", "confirmed");
	}

	private List<List<?>> csvRows(List<Pairing> page) {
		List<String> keys = new ArrayList<>();
		page.forEach((p) -> {
			keys.add(p.supporterKey());
			keys.add(p.recipientKey());
		});
		Map<String, String> labels = this.lookups.names(keys);
		Function<String, String> label = (key) -> labels.getOrDefault(key, "");
		return page.stream()
			.<List<?>>map((p) -> List.of(p.key(), p.programmeKey(), p.level(), p.kind(), p.supporterKey(),
					label.apply(p.supporterKey()), p.recipientKey(), label.apply(p.recipientKey()),
					nullToEmpty(p.startDate()), nullToEmpty(p.endDate()), p.status(), p.confirmed()))
			.toList();
	}

	private static String nullToEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
