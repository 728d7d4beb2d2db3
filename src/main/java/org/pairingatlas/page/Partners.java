package org.pairingatlas.page;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.pairingatlas.base.ui.Translations;
import org.pairingatlas.entity.NodeNames;
import org.pairingatlas.pairing.Pairing;
import org.pairingatlas.pairing.Pairings;
import org.pairingatlas.source.Citation;
import org.pairingatlas.source.Sources;
import org.pairingatlas.source.ui.DocumentView;

/**
 * The pairings of a region or an organisation as its page tells them: whom it supports or
 * is supported by, of which kind, under which programme, since when and in what state,
 * each with the documents and excerpts that say so.
 */
@org.springframework.stereotype.Component
public class Partners {

	private final Pairings pairings;

	private final NodeNames names;

	private final Sources sources;

	private final Translations words;

	Partners(Pairings pairings, NodeNames names, Sources sources, Translations words) {
		this.pairings = pairings;
		this.names = names;
		this.sources = sources;
		this.words = words;
	}

	/** The party's pairings, or a line saying the graph knows none. */
	public com.vaadin.flow.component.Component of(String party, Locale locale) {
		List<Pairing> own = this.pairings.ofParties(List.of(party), null).getOrDefault(party, List.of());
		if (own.isEmpty()) {
			return new Paragraph(this.words.getTranslation("page.noPartners", locale));
		}
		Set<String> keys = new HashSet<>();
		own.forEach((p) -> keys.addAll(List.of(p.supporterKey(), p.recipientKey(), p.programmeKey())));
		Map<String, String> named = this.names.of(keys);
		Map<Pairing, List<Citation>> cited = this.sources.citationsOfAll(own);
		UnorderedList list = new UnorderedList();
		list.setId("page-partners");
		for (Pairing pairing : own) {
			boolean supporting = pairing.supporterKey().equals(party);
			String other = supporting ? pairing.recipientKey() : pairing.supporterKey();
			ListItem item = new ListItem();
			item.add(new Span(this.words.getTranslation(supporting ? "page.supports" : "page.supportedBy", locale)));
			item.add(new Anchor(NodeRedirect.link(other), named.getOrDefault(other, "?")));
			item.add(new Span(this.words.getTranslation("page.pairingLine", locale,
					Translations.wordOr("kind." + pairing.kind(), pairing.kind(), locale),
					named.getOrDefault(pairing.programmeKey(), pairing.programmeKey()),
					(pairing.startDate() != null) ? this.words.getTranslation("page.since", locale, pairing.startDate())
							: this.words.getTranslation("page.sinceUnknown", locale),
					Translations.wordOr("status." + pairing.status(), pairing.status(), locale))));
			if (!pairing.confirmed()) {
				item.add(new Span(this.words.getTranslation("page.unconfirmed", locale)));
			}
			item.add(new Anchor(NodeRedirect.link(pairing.key()),
					this.words.getTranslation("page.pairingDetails", locale)));
			item.add(Cited.of(cited.getOrDefault(pairing, List.of())));
			list.add(item);
		}
		return list;
	}

}
