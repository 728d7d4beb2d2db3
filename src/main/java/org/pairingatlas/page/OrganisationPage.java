package org.pairingatlas.page;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import org.pairingatlas.base.ui.Translations;
import org.pairingatlas.organisation.Organisation;
import org.pairingatlas.organisation.Organisations;
import org.pairingatlas.region.Region;

/**
 * An organisation's page ({@code /organisation/{key}}): what it is and where, and whom it
 * is paired with, under which programme, since when, and where that is written.
 */
@Route("organisation")
public class OrganisationPage extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	private final Organisations organisations;

	private final Partners partners;

	private String title = "";

	OrganisationPage(Organisations organisations, Partners partners) {
		this.organisations = organisations;
		this.partners = partners;
		setId("organisation-page");
		addClassName("pa-page");
	}

	/** The page's address for an organisation. */
	public static String link(String key) {
		return "organisation/" + key;
	}

	@Override
	public String getPageTitle() {
		return this.title + " · " + getTranslation("app.name");
	}

	@Override
	public void setParameter(BeforeEvent event, String key) {
		removeAll();
		Optional<Organisation> found = this.organisations.byKey(key);
		if (found.isEmpty()) {
			this.title = getTranslation("page.notFound");
			add(new H1(this.title), new Paragraph(getTranslation("page.noOrganisation", key)));
			return;
		}
		Organisation organisation = found.get();
		this.title = organisation.name();
		add(new H1(organisation.name()));
		Region region = this.organisations.regionsOf(List.of(key)).get(key);
		Span what = new Span(Translations.wordOr("kind." + organisation.kind(), organisation.kind(), getLocale())
				+ ((organisation.creditCode() != null) ? " · " + organisation.creditCode() : ""));
		what.addClassName("pa-muted");
		add(what);
		if (region != null) {
			add(new Anchor(RegionPage.link(region.key()), region.name()));
		}
		if ("ended".equals(organisation.status())) {
			add(new Paragraph(getTranslation("page.ended", String.valueOf(organisation.endDate()))));
		}
		add(new Anchor("explore?show=" + key + "&open=" + key, getTranslation("page.openExplorer")));
		add(new H2(getTranslation("page.partners")));
		add(this.partners.of(key, getLocale()));
	}

}
