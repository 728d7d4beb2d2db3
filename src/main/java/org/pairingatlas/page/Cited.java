package org.pairingatlas.page;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.pairingatlas.source.Citation;
import org.pairingatlas.source.ui.DocumentView;

/**
 * The documents that state a fact, as a page shows them under it: each document's number
 * (or title) linking to the document's page, and the words quoted from it.
 */
final class Cited {

	private Cited() {
	}

	static Div of(List<Citation> citations) {
		Div sources = new Div();
		sources.addClassName("pa-citations");
		for (Citation citation : citations) {
			Div one = new Div();
			one.add(new Anchor(DocumentView.link(citation.document().key()),
					Objects.requireNonNullElse(citation.document().number(), citation.document().title())));
			if (citation.excerpt() != null) {
				one.add(new Span("：“" + citation.excerpt() + "”"));
			}
			sources.add(one);
		}
		return sources;
	}

}
