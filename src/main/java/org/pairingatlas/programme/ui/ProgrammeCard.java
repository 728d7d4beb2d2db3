package org.pairingatlas.programme.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.pairingatlas.base.ui.Language;
import org.pairingatlas.base.ui.ListLinks;
import org.pairingatlas.programme.Programme;
import org.pairingatlas.programme.ProgrammeCounts;
import org.pairingatlas.source.Document;

/**
 * One programme on the start view: its name, period, governing documents and counts.
 */
class ProgrammeCard extends Div {

	private final Programme programme;

	private final ProgrammeCounts counts;

	ProgrammeCard(Programme programme, ProgrammeCounts counts, List<Document> documents) {
		this.programme = programme;
		this.counts = counts;
		addClassName("pa-programme-card");
		setId("programme-" + programme.key());
		// The title opens the programme's page; the other language's name stays beside
		// it.
		H3 title = new H3(
				new Anchor(ListLinks.page(programme.key()), Language.pick(programme.name(), programme.nameEn())));
		add(title);
		String period = period(programme);
		String other = Language.english() ? programme.name() : programme.nameEn();
		add(muted((other == null) ? period : period.isEmpty() ? other : other + " · " + period));
		add(createCounts());
		documents.forEach((document) -> add(muted(getTranslation("programmes.source", citation(document)))));
	}

	Programme programme() {
		return this.programme;
	}

	ProgrammeCounts counts() {
		return this.counts;
	}

	private HorizontalLayout createCounts() {
		HorizontalLayout row = new HorizontalLayout(count("pairings", this.counts.pairings()),
				count("county", this.counts.countyPairings()), count("township", this.counts.townshipPairings()),
				count("institution", this.counts.institutionPairings()), count("projects", this.counts.projects()),
				count("figures", this.counts.reportedFigures()), count("targets", this.counts.targets()),
				count("discrepancies", this.counts.discrepancies()));
		row.addClassName("pa-counts");
		return row;
	}

	/** A count with its label in words; {@code data-count} names what is counted. */
	private Div count(String what, int value) {
		Span number = new Span(String.valueOf(value));
		number.addClassName("pa-count");
		Div box = new Div(number, muted(getTranslation("programmes.count." + what)));
		box.getElement().setAttribute("data-count", what);
		return box;
	}

	private static Div muted(String text) {
		Div div = new Div(text);
		div.addClassName("pa-muted");
		return div;
	}

	private static String period(Programme programme) {
		if (programme.startYear() == null) {
			return "";
		}
		return programme.startYear() + "–" + ((programme.endYear() != null) ? programme.endYear() : "");
	}

	private static String citation(Document document) {
		return (document.number() != null) ? document.number() + " 《" + document.title() + "》"
				: "《" + document.title() + "》";
	}

}
