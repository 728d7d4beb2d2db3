package org.pairingatlas.page;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import org.pairingatlas.base.graphql.Page;
import org.pairingatlas.base.ui.FactWords;
import org.pairingatlas.base.ui.Translations;
import org.pairingatlas.coverage.Coverage;
import org.pairingatlas.coverage.CoverageQuery;
import org.pairingatlas.organisation.Organisation;
import org.pairingatlas.organisation.OrganisationSearch;
import org.pairingatlas.pairing.Pairing;
import org.pairingatlas.pairing.Pairings;
import org.pairingatlas.project.Project;
import org.pairingatlas.project.ProjectFilter;
import org.pairingatlas.project.ProjectSort;
import org.pairingatlas.project.Projects;
import org.pairingatlas.region.Region;
import org.pairingatlas.region.Regions;

/**
 * A region's page, at a stable address ({@code /region/420324}): what a coordinator asks
 * of it first, in words. Who it is paired with, under which programme, since when, and
 * where that is written; how many of its townships are known to be paired against how
 * many there are and what the documents report; the projects funded there, with their
 * total; a link to the explorer around it.
 */
@Route("region")
public class RegionPage extends EntityPage<Region> {

	private static final int SHOWN = 100;

	private final Regions regions;

	private final Partners partners;

	private final CoverageQuery coverage;

	private final Projects projects;

	private final StoryPicture picture;

	private final OrganisationSearch organisations;

	private final Pairings pairings;

	RegionPage(Regions regions, Partners partners, CoverageQuery coverage, Projects projects, StoryPicture picture,
			OrganisationSearch organisations, Pairings pairings) {
		super("region-page");
		this.picture = picture;
		this.organisations = organisations;
		this.pairings = pairings;
		this.regions = regions;
		this.partners = partners;
		this.coverage = coverage;
		this.projects = projects;
	}

	/** The page's address for a region. */
	public static String link(String key) {
		return "region/" + key;
	}

	@Override
	Optional<Region> find(String key) {
		return this.regions.byKey(key);
	}

	@Override
	String name(Region entity) {
		return entity.name();
	}

	@Override
	String missing() {
		return "page.noRegion";
	}

	@Override
	void show(String key, Region region) {
		List<Region> above = this.regions.ancestorsOf(List.of(key)).getOrDefault(key, List.of());
		add(muted(String.join(" › ", above.reversed().stream().map(Region::name).toList()) + " · "
				+ Translations.wordOr("level." + region.level(), region.level(), getLocale()) + " · " + key));
		add(explorer(key, true));
		add(this.picture.of(List.of(key), getLocale()));
		addPartners(region);
		addCoverage(region);
		addInstitutions(region);
		addProjects(region);
	}

	private void addPartners(Region region) {
		add(new H2(getTranslation("page.partners")));
		add(this.partners.of(region.key(), getLocale()));
	}

	/**
	 * How far its townships (or counties) are known to be paired, against the reports.
	 */
	private void addCoverage(Region region) {
		String level = switch (region.level()) {
			case "province" -> "county";
			case "prefecture", "county" -> "township";
			default -> null;
		};
		if (level == null) {
			return;
		}
		Optional<Coverage> counted = this.coverage.coverage(region.key(), level, null, null, "RECIPIENT", false);
		if (counted.isEmpty() || counted.get().units() == 0) {
			return;
		}
		Coverage c = counted.get();
		add(new H2(getTranslation("page.coverage")));
		Paragraph line = new Paragraph(getTranslation("page.coverageLine",
				Translations.wordOr("level." + level, level, getLocale()), c.pairedCount(), c.units()));
		line.setId("region-coverage");
		add(line);
		if (!c.reported().isEmpty()) {
			UnorderedList reported = new UnorderedList();
			c.reported()
				.forEach((figure) -> reported.add(new ListItem(getTranslation("page.reported",
						FactWords.figure(figure.measure(), figure.dimension(), figure.value(), figure.unit(),
								figure.periodStart(), figure.periodEnd(), getLocale())))));
			add(reported);
		}
	}

	/**
	 * The institutions in it (schools, hospitals, enterprises …) and whom each is paired
	 * with, each linking to its page.
	 */
	private void addInstitutions(Region region) {
		var found = this.organisations.find(new OrganisationSearch.OrganisationFilter(null, region.key(), null), "NAME",
				new Page(0, SHOWN));
		if (found.edges().isEmpty()) {
			return;
		}
		List<String> keys = found.edges().stream().map((edge) -> edge.node().key()).toList();
		Map<String, List<Pairing>> paired = this.pairings.ofParties(keys, null);
		add(new H2(getTranslation("page.institutions", found.totalCount())));
		UnorderedList list = new UnorderedList();
		list.setId("region-institutions");
		for (var edge : found.edges()) {
			Organisation organisation = edge.node();
			ListItem item = new ListItem(new Anchor(OrganisationPage.link(organisation.key()), organisation.name()),
					new Span(" · "
							+ Translations.wordOr("kind." + organisation.kind(), organisation.kind(), getLocale())));
			int count = paired.getOrDefault(organisation.key(), List.of()).size();
			item.add(new Span(" · " + ((count > 0) ? getTranslation("page.institutionPairings", count)
					: getTranslation("page.institutionUnpaired"))));
			list.add(item);
		}
		add(list);
	}

	/** The projects funded in it, with their collaboration funds and the total. */
	private void addProjects(Region region) {
		var found = this.projects.find(new ProjectFilter(null, null, region.key(), null, null, null, null),
				ProjectSort.TOTAL_INVESTMENT, new Page(0, SHOWN));
		add(new H2(getTranslation("page.projects", found.totalCount())));
		if (found.edges().isEmpty()) {
			add(new Paragraph(getTranslation("page.noProjects")));
			return;
		}
		BigDecimal funds = BigDecimal.ZERO;
		int withFunds = 0;
		UnorderedList list = new UnorderedList();
		list.setId("region-projects");
		for (var edge : found.edges()) {
			Project project = edge.node();
			BigDecimal amount = (project.collaborationFunds() != null) ? project.collaborationFunds()
					: project.totalInvestment();
			if (project.collaborationFunds() != null) {
				funds = funds.add(project.collaborationFunds());
				withFunds++;
			}
			String what = project.name()
					+ ((project.category() != null) ? " · "
							+ Translations.wordOr("category." + project.category(), project.category(), getLocale())
							: "")
					+ ((amount != null) ? " · " + FactWords.amount(amount.movePointRight(2).longValue(), getLocale())
							: "");
			list.add(new ListItem(new Anchor(ProjectPage.link(project.key()), what)));
		}
		if (withFunds > 0) {
			Paragraph total = new Paragraph(getTranslation("page.fundsTotal",
					FactWords.amount(funds.movePointRight(2).longValue(), getLocale()), withFunds));
			total.setId("region-funds");
			add(total);
		}
		add(list);
	}

}
