package org.pairingatlas.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Route;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.ui.FactWords;
import org.pairingatlas.base.ui.Translations;
import org.pairingatlas.entity.NodeNames;
import org.pairingatlas.project.Project;
import org.pairingatlas.project.Projects;
import org.pairingatlas.source.Sources;

/**
 * A project's page ({@code /project/{key}}): where it is, under which programme, who
 * carries it out and who invests, its years and state, its funds by source with their
 * units, how the money travelled to it, and the documents that say so.
 */
@Route("project")
public class ProjectPage extends EntityPage<Project> {

	private final Projects projects;

	private final NodeNames names;

	private final Sources sources;

	private final TransferChain chain;

	ProjectPage(Projects projects, NodeNames names, Sources sources, TransferChain chain) {
		super("project-page");
		this.projects = projects;
		this.names = names;
		this.sources = sources;
		this.chain = chain;
	}

	/** The page's address for a project. */
	public static String link(String key) {
		return "project/" + key;
	}

	@Override
	Optional<Project> find(String key) {
		return this.projects.byKey(key);
	}

	@Override
	String name(Project project) {
		return project.name();
	}

	@Override
	String missing() {
		return "page.noProject";
	}

	@Override
	void show(String key, Project project) {
		List<String> parties = new ArrayList<>();
		for (String party : new String[] { project.regionKey(), project.programmeKey(), project.implementerKey(),
				project.investorKey() }) {
			if (party != null) {
				parties.add(party);
			}
		}
		Map<String, String> named = this.names.of(parties);
		String years = (project.startYear() == null) ? null
				: project.startYear() + ((project.endYear() != null && !project.endYear().equals(project.startYear()))
						? "–" + project.endYear() : "");
		add(new FactTable("project-facts").line(getTranslation("page.region"), named(project.regionKey(), named))
			.line(getTranslation("page.programme"), named(project.programmeKey(), named))
			.line(getTranslation("property.category"), word("category", project.category()))
			.line(getTranslation("page.years"), years)
			.line(getTranslation("property.status"), word("status", project.status()))
			.line(getTranslation("page.implementer"), named(project.implementerKey(), named))
			.line(getTranslation("page.investor"), named(project.investorKey(), named))
			.line(getTranslation("property.collaborationFunds"), amount(project.collaborationFunds()))
			.line(getTranslation("property.matchingFunds"), amount(project.matchingFunds()))
			.line(getTranslation("property.centralInvestment"), amount(project.centralInvestment()))
			.line(getTranslation("property.localInvestment"), amount(project.localInvestment()))
			.line(getTranslation("property.otherInvestment"), amount(project.otherInvestment()))
			.line(getTranslation("property.totalInvestment"), amount(project.totalInvestment()))
			.line(getTranslation("property.note"), project.note()));
		if (!project.confirmed()) {
			add(muted(getTranslation("page.unconfirmed")));
		}
		add(explorer(key, false));
		add(this.chain.of(null, key, "project-transfers", getLocale()));
		add(new H2(getTranslation("page.sources")));
		add(Cited.of(this.sources.citationsOf(List.of(key)).getOrDefault(key, List.of())));
	}

	private @Nullable String word(String vocabulary, @Nullable String value) {
		return (value == null) ? null : Translations.wordOr(vocabulary + "." + value, value, getLocale());
	}

	private @Nullable String amount(@Nullable BigDecimal yuan) {
		return (yuan == null) ? null : FactWords.amount(yuan.movePointRight(2).longValue(), getLocale());
	}

}
