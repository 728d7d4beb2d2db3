package org.pairingatlas.programme.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.pairingatlas.programme.ProgrammeCounts;
import org.pairingatlas.programme.Programmes;
import org.pairingatlas.source.Document;

/**
 * The start view: one card per programme with its governing documents and what the graph
 * holds.
 */
@Route("")
@PageTitle("协作工程 Programmes · 对口协作图谱")
@Menu(order = 0, icon = "vaadin:sitemap", title = "协作工程 Programmes")
public class ProgrammesView extends VerticalLayout {

	private final List<ProgrammeCard> cards = new java.util.ArrayList<>();

	ProgrammesView(Programmes programmes) {
		setPadding(true);
		add(new H1("协作工程 Programmes"));
		add(new Paragraph("图谱中的对口协作工程及其结对、项目与文件报告的数字；每条事实均注明出处。"
				+ " The programmes in the graph, with their pairings, projects and the figures their documents report."));
		var all = programmes.all();
		var keys = all.stream().map((p) -> p.key()).toList();
		Map<String, ProgrammeCounts> counts = programmes.countsOf(keys);
		Map<String, List<Document>> documents = programmes.governingDocumentsOf(keys);
		FlexLayout cards = new FlexLayout();
		cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		cards.getStyle().set("gap", "var(--lumo-space-m)");
		cards.setWidthFull();
		all.forEach((programme) -> this.cards
			.add(new ProgrammeCard(programme, counts.get(programme.key()), documents.get(programme.key()))));
		cards.add(this.cards.toArray(ProgrammeCard[]::new));
		add(cards);
		setId("programmes-view");
	}

	/** The cards shown, one per programme. */
	List<ProgrammeCard> cards() {
		return this.cards;
	}

}
