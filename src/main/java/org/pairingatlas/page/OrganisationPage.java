package org.pairingatlas.page;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
public class OrganisationPage extends EntityPage<Organisation> {

	private final Organisations organisations;

	private final Partners partners;

	private final StoryPicture picture;

	OrganisationPage(Organisations organisations, Partners partners, StoryPicture picture) {
		super("organisation-page");
		this.picture = picture;
		this.organisations = organisations;
		this.partners = partners;
	}

	/** The page's address for an organisation. */
	public static String link(String key) {
		return "organisation/" + key;
	}

	@Override
	Optional<Organisation> find(String key) {
		return this.organisations.byKey(key);
	}

	@Override
	String name(Organisation entity) {
		return entity.name();
	}

	@Override
	String missing() {
		return "page.noOrganisation";
	}

	@Override
	void show(String key, Organisation organisation) {
		Region region = this.organisations.regionsOf(List.of(key)).get(key);
		add(muted(Translations.wordOr("kind." + organisation.kind(), organisation.kind(), getLocale())
				+ ((organisation.creditCode() != null) ? " · " + organisation.creditCode() : "")));
		if (region != null) {
			add(new Anchor(RegionPage.link(region.key()), region.name()));
		}
		if ("ended".equals(organisation.status())) {
			add(new Paragraph(getTranslation("page.ended", String.valueOf(organisation.endDate()))));
		}
		add(explorer(key, true));
		add(this.picture.of(List.of(key), getLocale()));
		add(new H2(getTranslation("page.partners")));
		add(this.partners.of(key, getLocale()));
	}

}
