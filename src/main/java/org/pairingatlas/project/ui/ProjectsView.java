package org.pairingatlas.project.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.provider.QuerySortOrder;
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
import org.pairingatlas.programme.Programmes;
import org.pairingatlas.base.ui.component.ProgrammeSelect;
import org.pairingatlas.project.Project;
import org.pairingatlas.project.ProjectEdits;
import org.pairingatlas.project.ProjectFilter;
import org.pairingatlas.project.ProjectSort;
import org.pairingatlas.project.Projects;
import org.pairingatlas.search.NodeLookups;
import org.pairingatlas.base.ui.component.NodePicker;
import org.pairingatlas.security.Actors;

/**
 * Every project the reader may see with its place, years and funding, filtered by
 * programme, category, region, years and status, sorted on the server, and exported as
 * CSV with the same filters.
 */
@Route("projects")
@Menu(order = 3, icon = "vaadin:cubes", title = "项目 Projects")
public class ProjectsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final Projects projects;

	private final NodeLookups lookups;

	private final Grid<Project> grid = new Grid<>();

	private final ProgrammeSelect programme;

	private final Select<String> category;

	private final Select<String> status;

	private final NodePicker region;

	private final IntegerField yearFrom = new IntegerField();

	private final IntegerField yearTo = new IntegerField();

	private final Span total = new Span();

	private final Map<String, String> names = new HashMap<>();

	private boolean applying;

	ProjectsView(Projects projects, NodeLookups lookups, Programmes programmes, ProjectForm.Factory forms,
			Actors actors) {
		this.projects = projects;
		this.category = FilterChoice.of(getTranslation("projects.category"), "projects-category",
				ProjectEdits.CATEGORIES, "category.");
		this.status = FilterChoice.of(getTranslation("projects.status"), "projects-status", ProjectEdits.STATUSES,
				"status.");
		this.lookups = lookups;
		this.programme = new ProgrammeSelect(getTranslation("filter.programmes"), programmes.choices(), true);
		this.region = new NodePicker(getTranslation("projects.region"), lookups.of(List.of("Region")));
		setId("projects-view");
		setSizeFull();
		add(new H1(getTranslation("projects.title")));
		add(createFilters(forms, actors));
		this.total.setId("projects-total");
		add(this.total);
		configureGrid();
		add(this.grid);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("projects.title") + " · " + getTranslation("app.name");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters query = event.getLocation().getQueryParameters();
		this.applying = true;
		this.programme.setValue(ListLinks.first(query, "programme"));
		this.category.setValue(ListLinks.first(query, "category"));
		this.status.setValue(ListLinks.first(query, "status"));
		String regionKey = ListLinks.first(query, "region");
		if (regionKey != null) {
			this.region.select(regionKey);
		}
		this.yearFrom.setValue(year(ListLinks.first(query, "from")));
		this.yearTo.setValue(year(ListLinks.first(query, "to")));
		this.applying = false;
		refresh();
	}

	private FlexLayout createFilters(ProjectForm.Factory forms, Actors actors) {
		this.programme.setId("projects-programme");
		this.region.setId("projects-region");
		this.yearFrom.setLabel(getTranslation("projects.yearFrom"));
		this.yearTo.setLabel(getTranslation("projects.yearTo"));
		this.yearFrom.setWidth("8rem");
		this.yearTo.setWidth("8rem");
		this.programme.addValueChangeListener((e) -> refresh());
		this.category.addValueChangeListener((e) -> refresh());
		this.status.addValueChangeListener((e) -> refresh());
		this.region.addValueChangeListener((e) -> refresh());
		this.yearFrom.addValueChangeListener((e) -> refresh());
		this.yearTo.addValueChangeListener((e) -> refresh());
		Anchor csv = new Anchor(Lists.csv("projects.csv", csvHeaders(), this::find, this::csvRows),
				getTranslation("list.csv"));
		csv.setId("projects-csv");
		FlexLayout filters = new FlexLayout(this.programme, this.category, this.status, this.region, this.yearFrom,
				this.yearTo, csv);
		if (actors.current().coordinator()) {
			filters.add(EditButtons.record(getTranslation("projects.record"), "projects-record",
					() -> forms.open(this::refresh)));
		}
		filters.addClassName("pa-toolbar");
		return filters;
	}

	private void configureGrid() {
		this.grid.setId("projects-grid");
		this.grid.addComponentColumn((p) -> new Anchor(ListLinks.page(p.key()), p.name()))
			.setHeader(getTranslation("projects.name"))
			.setSortProperty(ProjectSort.NAME.name())
			.setFlexGrow(3);
		this.grid.addColumn((p) -> (p.category() != null) ? getTranslation("category." + p.category()) : "")
			.setHeader(getTranslation("projects.category"))
			.setSortProperty(ProjectSort.CATEGORY.name());
		this.grid.addComponentColumn((p) -> (p.regionKey() != null)
				? new Anchor(ListLinks.page(p.regionKey()), this.names.getOrDefault(p.regionKey(), p.regionKey()))
				: new Anchor())
			.setHeader(getTranslation("projects.region"));
		this.grid.addColumn((p) -> years(p))
			.setHeader(getTranslation("projects.years"))
			.setSortProperty(ProjectSort.START_YEAR.name());
		this.grid.addColumn((p) -> (p.status() != null) ? getTranslation("status." + p.status()) : "")
			.setHeader(getTranslation("projects.status"));
		this.grid.addColumn((p) -> wan(p.collaborationFunds()))
			.setHeader(getTranslation("projects.collaboration"))
			.setTextAlign(ColumnTextAlign.END);
		this.grid.addColumn((p) -> wan(p.totalInvestment()))
			.setHeader(getTranslation("projects.total"))
			.setSortProperty(ProjectSort.TOTAL_INVESTMENT.name())
			.setTextAlign(ColumnTextAlign.END);
		this.grid.addComponentColumn((p) -> new Anchor(ListLinks.explore(p.key()), getTranslation("list.explore")));
		this.grid.setItems((query) -> {
			ProjectSort sort = sortOf(query.getSortOrders());
			List<Project> rows = Lists.window(query.getOffset(), query.getLimit(), (page) -> find(page, sort)).toList();
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
		link.put("category", this.category.getValue());
		link.put("status", this.status.getValue());
		link.put("region", this.region.getValue());
		link.put("from", (this.yearFrom.getValue() != null) ? String.valueOf(this.yearFrom.getValue()) : null);
		link.put("to", (this.yearTo.getValue() != null) ? String.valueOf(this.yearTo.getValue()) : null);
		ListLinks.update("projects", link);
	}

	private Connection<Project> find(Page page) {
		return find(page, ProjectSort.NAME);
	}

	private Connection<Project> find(Page page, ProjectSort sort) {
		ProjectFilter filter = new ProjectFilter(this.programme.getValue(), this.category.getValue(),
				this.region.getValue(), this.yearFrom.getValue(), this.yearTo.getValue(), this.status.getValue(), null);
		return this.projects.find(filter, sort, page);
	}

	private static ProjectSort sortOf(List<QuerySortOrder> orders) {
		return orders.isEmpty() ? ProjectSort.NAME : ProjectSort.valueOf(orders.get(0).getSorted());
	}

	private void loadNames(List<Project> rows) {
		List<String> missing = new ArrayList<>();
		rows.stream()
			.map(Project::regionKey)
			.filter((key) -> key != null && !this.names.containsKey(key))
			.forEach(missing::add);
		if (!missing.isEmpty()) {
			this.names.putAll(this.lookups.names(missing));
		}
	}

	private static String years(Project p) {
		if (p.startYear() == null) {
			return "";
		}
		return (p.endYear() != null && !p.endYear().equals(p.startYear())) ? p.startYear() + "–" + p.endYear()
				: String.valueOf(p.startYear());
	}

	/** Amounts in 万元 (ten thousand yuan), as the documents give them. */
	static String wan(@Nullable BigDecimal yuan) {
		return (yuan != null) ? yuan.movePointLeft(4).stripTrailingZeros().toPlainString() : "";
	}

	private static @Nullable Integer year(@Nullable String text) {
		return (text != null && text.matches("\\d{4}")) ? Integer.valueOf(text) : null;
	}

	private List<String> csvHeaders() {
		return List.of("key", "name", "programme", "category", "region_key", "region", "start_year", "end_year",
				"status", "collaboration_funds_yuan", "matching_funds_yuan", "total_investment_yuan", "confirmed");
	}

	private List<List<?>> csvRows(List<Project> page) {
		Map<String, String> labels = this.lookups
			.names(page.stream().map(Project::regionKey).filter((k) -> k != null).toList());
		return page.stream()
			.<List<?>>map((p) -> List.of(p.key(), p.name(), text(p.programmeKey()), text(p.category()),
					text(p.regionKey()), (p.regionKey() != null) ? labels.getOrDefault(p.regionKey(), "") : "",
					text(p.startYear()), text(p.endYear()), text(p.status()), text(p.collaborationFunds()),
					text(p.matchingFunds()), text(p.totalInvestment()), p.confirmed()))
			.toList();
	}

	private static String text(@Nullable Object value) {
		if (value instanceof BigDecimal amount) {
			return amount.toPlainString();
		}
		return (value != null) ? value.toString() : "";
	}

}
