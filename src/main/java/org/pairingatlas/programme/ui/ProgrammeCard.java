package org.pairingatlas.programme.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
		add(new H3(programme.name()));
		String period = period(programme);
		add(muted(period.isEmpty() ? String.valueOf(programme.nameEn()) : programme.nameEn() + " · " + period));
		add(createCounts());
		documents.forEach((document) -> add(muted("依据 Source: " + citation(document))));
	}

	Programme programme() {
		return this.programme;
	}

	ProgrammeCounts counts() {
		return this.counts;
	}

	private HorizontalLayout createCounts() {
		HorizontalLayout row = new HorizontalLayout(count("结对 Pairings", this.counts.pairings()),
				count("区县 County", this.counts.countyPairings()), count("乡镇 Township", this.counts.townshipPairings()),
				count("机构 Institution", this.counts.institutionPairings()),
				count("项目 Projects", this.counts.projects()), count("报告数字 Figures", this.counts.reportedFigures()),
				count("目标 Targets", this.counts.targets()), count("不一致 Discrepancies", this.counts.discrepancies()));
		row.addClassName("pa-counts");
		return row;
	}

	private static Div count(String label, int value) {
		Span number = new Span(String.valueOf(value));
		number.addClassName("pa-count");
		Div box = new Div(number, muted(label));
		box.getElement().setAttribute("data-count", label);
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
