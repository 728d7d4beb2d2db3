package org.pairingatlas.page;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Route;
import org.pairingatlas.base.ui.Translations;
import org.pairingatlas.entity.NodeNames;
import org.pairingatlas.entity.Nodes;
import org.pairingatlas.pairing.Pairing;
import org.pairingatlas.source.Sources;

/**
 * A pairing's page ({@code /pairing/{key}}): who supports whom, of which kind and level,
 * under which programme, since when and until when, in what state, and the documents and
 * words that say so; each party's own page one click away.
 */
@Route("pairing")
public class PairingPage extends EntityPage<Pairing> {

	private final Nodes nodes;

	private final NodeNames names;

	private final Sources sources;

	private final StoryPicture picture;

	PairingPage(Nodes nodes, NodeNames names, Sources sources, StoryPicture picture) {
		super("pairing-page");
		this.nodes = nodes;
		this.names = names;
		this.sources = sources;
		this.picture = picture;
	}

	/** The page's address for a pairing. */
	public static String link(String key) {
		return "pairing/" + key;
	}

	@Override
	Optional<Pairing> find(String key) {
		return this.nodes.byId(key).filter(Pairing.class::isInstance).map(Pairing.class::cast);
	}

	@Override
	String name(Pairing pairing) {
		Map<String, String> named = this.names.of(List.of(pairing.supporterKey(), pairing.recipientKey()));
		return getTranslation("page.pairingTitle", named.getOrDefault(pairing.supporterKey(), "?"),
				named.getOrDefault(pairing.recipientKey(), "?"));
	}

	@Override
	String missing() {
		return "page.noPairing";
	}

	@Override
	void show(String key, Pairing pairing) {
		Map<String, String> named = this.names
			.of(List.of(pairing.supporterKey(), pairing.recipientKey(), pairing.programmeKey()));
		add(muted(Translations.wordOr("level." + pairing.level(), pairing.level(), getLocale()) + " · "
				+ Translations.wordOr("kind." + pairing.kind(), pairing.kind(), getLocale())));
		add(new FactTable("pairing-facts").line(getTranslation("page.supporter"), named(pairing.supporterKey(), named))
			.line(getTranslation("page.recipient"), named(pairing.recipientKey(), named))
			.line(getTranslation("page.programme"), named(pairing.programmeKey(), named))
			.line(getTranslation("property.startDate"), pairing.startDate())
			.line(getTranslation("property.endDate"), pairing.endDate())
			.line(getTranslation("property.status"),
					Translations.wordOr("status." + pairing.status(), pairing.status(), getLocale())
							+ (pairing.confirmed() ? "" : getTranslation("page.unconfirmed")))
			.line(getTranslation("property.note"), pairing.note()));
		add(this.picture.of(List.of(pairing.supporterKey(), pairing.recipientKey()), getLocale()));
		add(explorer(key, false));
		add(new H2(getTranslation("page.sources")));
		add(Cited.of(this.sources.citationsOf(List.of(key)).getOrDefault(key, List.of())));
	}

}
