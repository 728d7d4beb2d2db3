package org.pairingatlas.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.ui.FactWords;
import org.pairingatlas.base.ui.Language;
import org.pairingatlas.base.ui.Translations;
import org.pairingatlas.base.ui.ListLinks;
import org.pairingatlas.coverage.Coverage;
import org.pairingatlas.coverage.CoverageQuery;
import org.pairingatlas.figure.ReportedFigure;
import org.pairingatlas.funding.FundingFilter;
import org.pairingatlas.funding.FundingReport;
import org.pairingatlas.funding.FundingRollup;
import org.pairingatlas.funding.FundingRow;
import org.pairingatlas.programme.Programmes;
import org.pairingatlas.base.ui.component.ProgrammeSelect;
import org.pairingatlas.region.Region;
import org.pairingatlas.search.NodeLookups;
import org.pairingatlas.source.Citation;
import org.pairingatlas.source.Document;
import org.pairingatlas.source.Sources;
import org.pairingatlas.base.ui.component.NodePicker;
import org.pairingatlas.target.Target;
import org.pairingatlas.target.Targets;

/**
 * Per programme and region: funding by year (collaboration against matching funds) and by
 * category beside the amounts the documents report, how many units are paired against how
 * many there are and what the documents report, with the unpaired listed, and every
 * target with its progress and a warning when it is off track.
 */
@Route("dashboard")
@Menu(order = 5, icon = "vaadin:dashboard", title = "仪表板 Dashboard")
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	/** The water-source city the Beijing–Hubei programme is about: the default region. */
	static final String SHIYAN = "420300";

	private final FundingRollup funding;

	private final CoverageQuery coverage;

	private final Targets targets;

	private final Sources sources;

	private final ProgrammeSelect programme;

	private final Select<String> level = new Select<>();

	private final NodePicker region;

	private final Chart byYear = new Chart();

	private final Chart byCategory = new Chart();

	private final Button byYearPng;

	private final Div fundingTotals = new Div();

	private static final Map<String, Integer> UNIT_POWERS = Map.of("yuan", 0, "wan", 4, "yi", 8);

	private @Nullable FundingTables shownFunding;

	private final Translations words;

	private final Div coveragePanel = new Div();

	private final Div targetPanel = new Div();

	private boolean applying;

	DashboardView(FundingRollup funding, CoverageQuery coverage, Targets targets, Sources sources,
			Programmes programmes, NodeLookups lookups, Translations words) {
		this.words = words;
		this.funding = funding;
		this.sources = sources;
		this.coverage = coverage;
		this.targets = targets;
		this.programme = new ProgrammeSelect(getTranslation("filter.programmes"), programmes.choices(), false);
		this.region = new NodePicker(getTranslation("dashboard.region"), lookups.of(List.of("Region")));
		setId("dashboard-view");
		add(new H1(getTranslation("dashboard.title")), createFilters());
		this.byYear.setId("chart-by-year");
		this.byYearPng = png(this.byYear, "funding-by-year.png");
		this.byCategory.setId("chart-by-category");
		this.byYear.setHeight("320px");
		this.byCategory.setHeight("320px");
		this.coveragePanel.setId("coverage-panel");
		this.targetPanel.setId("target-panel");
		this.fundingTotals.setId("funding-totals");
		FlexLayout charts = new FlexLayout(panel("dashboard.byYear", this.byYear, this.byYearPng, this.fundingTotals),
				panel("dashboard.byCategory", this.byCategory, png(this.byCategory, "funding-by-category.png")));
		FlexLayout rest = new FlexLayout(panel("dashboard.coverage", this.coveragePanel),
				panel("dashboard.targets", this.targetPanel));
		for (FlexLayout row : List.of(charts, rest)) {
			row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
			row.getStyle().set("gap", "var(--lumo-space-m)");
			row.setWidthFull();
		}
		add(charts, rest);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters query = event.getLocation().getQueryParameters();
		this.applying = true;
		String programmeKey = ListLinks.first(query, "programme");
		this.programme.setValue(this.programme.offers(programmeKey) ? programmeKey : "jing-e");
		String levelValue = ListLinks.first(query, "level");
		this.level.setValue(("county".equals(levelValue)) ? "county" : "township");
		String regionKey = ListLinks.first(query, "region");
		this.region.select((regionKey != null) ? regionKey : SHIYAN);
		this.applying = false;
		refresh();
	}

	private FlexLayout createFilters() {
		this.programme.setId("dashboard-programme");
		this.level.setLabel(getTranslation("dashboard.level"));
		this.level.setItems("county", "township");
		this.level.setItemLabelGenerator((value) -> getTranslation("level." + value));
		this.level.setId("dashboard-level");
		this.region.setId("dashboard-region");
		this.programme.addValueChangeListener((e) -> refresh());
		this.level.addValueChangeListener((e) -> refresh());
		this.region.addValueChangeListener((e) -> refresh());
		Anchor export = new Anchor(DownloadHandler.fromInputStream((event) -> {
			FundingTables tables = this.shownFunding;
			byte[] workbook = (tables != null) ? DashboardWorkbook.of(tables, this.words, getLocale()) : new byte[0];
			return new DownloadResponse(new java.io.ByteArrayInputStream(workbook), "dashboard.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.length);
		}), getTranslation("dashboard.export"));
		export.setId("dashboard-export");
		export.getElement().setAttribute("download", true);
		FlexLayout filters = new FlexLayout(this.programme, this.region, this.level, export);
		filters.addClassName("pa-toolbar");
		return filters;
	}

	private void refresh() {
		if (this.applying || this.programme.getValue() == null) {
			return;
		}
		String programmeKey = this.programme.getValue();
		String regionKey = this.region.getValue();
		showFunding(new FundingFilter(programmeKey, regionKey, null, null, null, null));
		showCoverage(programmeKey, (regionKey != null) ? regionKey : SHIYAN, this.level.getValue());
		showTargets(programmeKey);
		Map<String, @Nullable String> link = new LinkedHashMap<>();
		link.put("programme", programmeKey);
		link.put("region", regionKey);
		link.put("level", this.level.getValue());
		ListLinks.update("dashboard", link);
	}

	private void showFunding(FundingFilter filter) {
		FundingReport byYear = this.funding.report(filter, Set.of(FundingRollup.Dimension.YEAR));
		List<FundingRow> all = byYear.rows();
		// Projects whose year no document gives are told apart, not drawn as a year "?".
		List<FundingRow> years = all.stream()
			.filter((r) -> r.year() != null)
			.sorted(Comparator.comparing(FundingRow::year))
			.toList();
		FundingRow undated = all.stream().filter((r) -> r.year() == null).reduce(FundingRow.empty(), FundingRow::plus);
		Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
		series.put(getTranslation("dashboard.collaboration"), wan(years, FundingRow::collaborationFunds));
		series.put(getTranslation("dashboard.matching"), wan(years, FundingRow::matchingFunds));
		this.byYear.bars(years.stream().map((r) -> String.valueOf(r.year())).toList(), series, true, false,
				getTranslation("dashboard.wan"));
		// With no year known, an empty chart would only say less than the line below it.
		this.byYear.setVisible(!years.isEmpty());
		this.byYearPng.setVisible(!years.isEmpty());
		List<FundingRow> categories = this.funding.rollup(filter, Set.of(FundingRollup.Dimension.CATEGORY))
			.stream()
			.sorted(Comparator.comparing((FundingRow r) -> r.totalInvestment().add(r.collaborationFunds())).reversed())
			.toList();
		this.byCategory.bars(categories.stream()
			.map((r) -> (r.category() != null) ? getTranslation("category." + r.category())
					: getTranslation("dashboard.noCategory"))
			.toList(), categorySeries(categories), false, true, getTranslation("dashboard.wan"));
		FundingRow total = all.stream().reduce(FundingRow.empty(), FundingRow::plus);
		this.fundingTotals.removeAll();
		this.fundingTotals.add(line(getTranslation("dashboard.enumerated", total.projects(),
				plain(total.collaborationFunds()), plain(total.matchingFunds()), plain(total.totalInvestment()))));
		if (undated.projects() > 0) {
			Div line = line(
					getTranslation("dashboard.undated", undated.projects(), plain(undated.collaborationFunds())));
			line.setId("funding-undated");
			this.fundingTotals.add(line);
		}
		List<ReportedFigure> reported = byYear.reported();
		this.sources.citationsOfAll(reported).forEach((figure, citations) -> {
			this.fundingTotals.add(reported(
					getTranslation("dashboard.reported", ReportedFigureText.of(figure, getLocale())), citations));
			completeness(figure, total).ifPresent(this.fundingTotals::add);
		});
		this.shownFunding = new FundingTables(years, undated, categories, total, reported);
	}

	private void showCoverage(String programmeKey, String regionKey, String unitLevel) {
		this.coveragePanel.removeAll();
		var found = this.coverage.coverage(regionKey, unitLevel, null, programmeKey, "RECIPIENT");
		if (found.isEmpty()) {
			this.coveragePanel.add(line(getTranslation("dashboard.noRegion", regionKey)));
			return;
		}
		Coverage c = found.get();
		Span summary = new Span(getTranslation("dashboard.paired", c.region().name(), c.pairedCount(), c.units(),
				getTranslation("level." + unitLevel), Math.round(c.ratio() * 100)));
		summary.setId("coverage-summary");
		ProgressBar meter = new ProgressBar(0, 1, c.ratio());
		meter.setId("coverage-meter");
		meter.getElement().setAttribute("aria-label", summary.getText());
		this.coveragePanel.add(summary, meter);
		this.sources.citationsOfAll(c.reported())
			.forEach((figure, citations) -> this.coveragePanel.add(reported(getTranslation("dashboard.reportedUnits",
					ReportedFigureText.of(figure, getLocale()), c.pairedCount()), citations)));
		Grid<Region> unpaired = new Grid<>();
		unpaired.setId("unpaired-grid");
		unpaired.addColumn(Region::name).setHeader(getTranslation("dashboard.unpaired", c.unpairedCount()));
		unpaired.addColumn(Region::key).setHeader(getTranslation("dashboard.code"));
		unpaired.addComponentColumn((r) -> new Anchor(ListLinks.page(r.key()), getTranslation("list.page")));
		unpaired.setItems(c.unpaired());
		unpaired.setHeight("260px");
		this.coveragePanel.add(unpaired);
	}

	private void showTargets(String programmeKey) {
		this.targetPanel.removeAll();
		List<Target> list = this.targets.ofProgramme(programmeKey);
		if (list.isEmpty()) {
			this.targetPanel.add(line(getTranslation("dashboard.noTargets")));
		}
		LocalDate today = LocalDate.now();
		for (Target target : list) {
			Div row = new Div();
			row.addClassName("pa-target");
			row.getElement().setAttribute("data-target", target.key());
			String status = target.status(today);
			String what = FactWords.target(Language.pick(target.indicator(), target.indicatorEn()), target.comparator(),
					target.value().toPlainString(), target.unit(), getLocale())
					+ ((target.periodEnd() != null) ? " (" + target.periodEnd() + ")" : "");
			row.add(new Anchor(ListLinks.page(target.key()), what));
			Double progress = target.progress();
			ProgressBar bar = new ProgressBar(0, 1, (progress != null) ? Math.min(1, Math.max(0, progress)) : 0);
			// Screen readers name each bar by the target it measures.
			bar.getElement().setAttribute("aria-label", what);
			if (!target.onTrack(today) && !status.equals("no-measurement")) {
				bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
			}
			else if (status.equals("met")) {
				bar.addThemeVariants(ProgressBarVariant.LUMO_SUCCESS);
			}
			row.add(bar);
			Span state = new Span(getTranslation("target." + status) + ((target.latest() != null)
					? " · " + getTranslation("dashboard.latest", target.latest().value().toPlainString(),
							Translations.wordOr("unit." + target.unit(), target.unit(), getLocale()),
							target.latest().asOf())
					: ""));
			if (status.equals("behind") || status.equals("missed")) {
				state.addClassName("pa-warning");
				state.getElement().setAttribute("data-warning", "true");
			}
			else {
				state.addClassName("pa-muted");
			}
			row.add(state);
			this.targetPanel.add(row);
		}
	}

	private Map<String, List<BigDecimal>> categorySeries(List<FundingRow> categories) {
		Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
		series.put(getTranslation("dashboard.collaboration"), wan(categories, FundingRow::collaborationFunds));
		series.put(getTranslation("dashboard.total"), wan(categories, FundingRow::totalInvestment));
		return series;
	}

	/**
	 * How much of a figure the documents report the graph enumerates, as a named bar:
	 * "已列明 3,750 万元，占文件报告 11.25 亿元的 3%". Only for amounts of collaboration funds and
	 * counts of projects, which the graph's projects add up to.
	 */
	private java.util.Optional<Div> completeness(ReportedFigure figure, FundingRow total) {
		if (figure.value() == null || figure.dimension() != null) {
			return java.util.Optional.empty();
		}
		BigDecimal stated;
		BigDecimal enumerated;
		String enumeratedText;
		try {
			stated = new BigDecimal(figure.value());
		}
		catch (NumberFormatException ex) {
			return java.util.Optional.empty();
		}
		if ("funds.collaboration".equals(figure.measure()) && UNIT_POWERS.containsKey(figure.unit())) {
			stated = stated.movePointRight(UNIT_POWERS.get(figure.unit()));
			enumerated = total.collaborationFunds();
			enumeratedText = FactWords.amount(enumerated.movePointRight(2).longValue(), getLocale());
		}
		else if ("projects.count".equals(figure.measure())) {
			enumerated = BigDecimal.valueOf(total.projects());
			enumeratedText = getTranslation("dashboard.projectsCount", total.projects());
		}
		else {
			return java.util.Optional.empty();
		}
		if (stated.signum() <= 0) {
			return java.util.Optional.empty();
		}
		double share = Math.min(1, enumerated.doubleValue() / stated.doubleValue());
		String text = getTranslation("dashboard.completeness", enumeratedText,
				ReportedFigureText.of(figure, getLocale()), Math.round(share * 100));
		ProgressBar bar = new ProgressBar(0, 1, share);
		bar.getElement().setAttribute("aria-label", text);
		Div box = new Div(new Span(text), bar);
		box.addClassName("pa-completeness");
		return java.util.Optional.of(box);
	}

	/** The funding tables now shown, for the export. */
	@Nullable FundingTables shownFunding() {
		return this.shownFunding;
	}

	private static List<BigDecimal> wan(List<FundingRow> rows, Function<FundingRow, BigDecimal> amount) {
		return rows.stream().map((r) -> amount.apply(r).movePointLeft(4)).toList();
	}

	private static String plain(BigDecimal yuan) {
		return yuan.movePointLeft(4).stripTrailingZeros().toPlainString();
	}

	/**
	 * A reported figure with the document it comes from; the document's own words show on
	 * hover, so a coordinator can check the figure without leaving the dashboard.
	 */
	private static Div reported(String text, List<Citation> citations) {
		Div line = line(text);
		line.addClassName("pa-reported");
		for (Citation citation : citations) {
			Document document = citation.document();
			Span source = new Span(" · " + ((document.number() != null) ? document.number() : document.title()));
			source.addClassName("pa-source");
			line.add(source);
			if (citation.excerpt() != null) {
				line.setTitle(citation.excerpt());
			}
		}
		return line;
	}

	private Div panel(String title, com.vaadin.flow.component.Component... content) {
		Div panel = new Div(new H3(getTranslation(title)));
		panel.add(content);
		panel.addClassName("pa-panel");
		return panel;
	}

	/** The button that saves a chart as a PNG file. */
	private Button png(Chart chart, String fileName) {
		Button button = new Button(getTranslation("dashboard.png"), (e) -> chart.downloadPng(fileName));
		button.setId(chart.getId().orElseThrow() + "-png");
		button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		return button;
	}

	private static Div line(String text) {
		Div line = new Div(text);
		line.addClassName("pa-muted");
		return line;
	}

}
