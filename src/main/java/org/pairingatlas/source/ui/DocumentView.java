package org.pairingatlas.source.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import org.pairingatlas.base.edit.DocumentTexts;
import org.pairingatlas.base.ui.Language;
import org.pairingatlas.base.ui.ListLinks;
import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.source.Document;
import org.pairingatlas.source.DocumentCatalogue;
import org.pairingatlas.source.Sources;

/**
 * One source: what it is, the facts that cite it with the words they quote, and its text
 * (where held here) with those words marked.
 */
@Route("document")
public class DocumentView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	private final Sources sources;

	private final DocumentCatalogue catalogue;

	private final DocumentTexts texts;

	private String title = "";

	DocumentView(Sources sources, DocumentCatalogue catalogue, DocumentTexts texts) {
		this.sources = sources;
		this.catalogue = catalogue;
		this.texts = texts;
		setId("document-view");
		setPadding(true);
		setMaxWidth("64rem");
	}

	/** The address of a source's page. */
	public static String link(String key) {
		return "document/" + key;
	}

	@Override
	public String getPageTitle() {
		return this.title + " · " + getTranslation("app.name");
	}

	@Override
	public void setParameter(BeforeEvent event, String key) {
		removeAll();
		Document document = this.sources.document(key).orElse(null);
		if (document == null) {
			this.title = key;
			add(new H1(key), new Paragraph(getTranslation("explorer.empty")));
			return;
		}
		this.title = document.title();
		add(new H1(document.title()), describe(document));
		List<DocumentCatalogue.CitingFact> citing = this.catalogue.citing(key);
		add(new H2(getTranslation("documents.citing")), citingList(citing));
		add(new H2(getTranslation("documents.text")));
		this.texts.textOf(key)
			.ifPresentOrElse((text) -> add(new Paragraph(getTranslation("documents.marked")), marked(text, citing)),
					() -> add(new Paragraph(getTranslation("documents.noText"))));
	}

	private Div describe(Document document) {
		Div facts = new Div();
		facts.addClassName("pa-muted");
		facts.add(new Span(getTranslation("source." + document.kind())));
		for (String value : new String[] { document.number(), document.issuer(), document.date() }) {
			if (value != null) {
				facts.add(new Span(" · " + value));
			}
		}
		if (document.url() != null) {
			String url = document.url().startsWith("http") ? document.url() : "https://" + document.url();
			Anchor address = new Anchor(url, document.url());
			address.setTarget("_blank");
			facts.add(new Span(" · "), address);
		}
		return facts;
	}

	private com.vaadin.flow.component.Component citingList(List<DocumentCatalogue.CitingFact> citing) {
		if (citing.isEmpty()) {
			return new Paragraph(getTranslation("documents.none"));
		}
		UnorderedList list = new UnorderedList();
		list.setId("document-citing");
		citing.forEach((fact) -> {
			ListItem item = new ListItem(new Span(EntityTypes.nameOf(fact.type(), Language.english()) + " · "),
					new Anchor(ListLinks.explore(fact.key()), fact.name()));
			if (fact.excerpt() != null) {
				Span quote = new Span(" “" + fact.excerpt() + "”");
				quote.addClassName("pa-muted");
				item.add(quote);
			}
			list.add(item);
		});
		return list;
	}

	private Div marked(String text, List<DocumentCatalogue.CitingFact> citing) {
		Div body = new Div();
		body.setId("document-text");
		body.addClassName("pa-document-text");
		body.getStyle().set("white-space", "pre-wrap");
		List<String> excerpts = citing.stream()
			.map(DocumentCatalogue.CitingFact::excerpt)
			.filter(Objects::nonNull)
			.toList();
		for (ExcerptMarks.Stretch stretch : ExcerptMarks.of(text, excerpts)) {
			Element part = stretch.quoted() ? new Element("mark") : new Element("span");
			part.setText(stretch.text());
			body.getElement().appendChild(part);
		}
		return body;
	}

}
