package org.pairingatlas.project.ui;

import java.math.BigDecimal;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.ui.EditForm;
import org.pairingatlas.programme.Programmes;
import org.pairingatlas.base.ui.component.ProgrammeSelect;
import org.pairingatlas.project.ProjectEdits;
import org.pairingatlas.project.ProjectInputs;
import org.pairingatlas.search.NodeLookups;
import org.pairingatlas.base.ui.component.NodePicker;
import org.pairingatlas.security.Actors;

import org.springframework.stereotype.Component;

/**
 * Records a project with its place, years, funding split and source. The same service as
 * the {@code recordProject} mutation checks it, so a split that does not add up is
 * refused here with the same words.
 */
class ProjectForm extends EditForm {

	private final TextField name = new TextField();

	private final ProgrammeSelect programme;

	private final Select<String> category = new Select<>();

	private final NodePicker region;

	private final IntegerField startYear = new IntegerField();

	private final IntegerField endYear = new IntegerField();

	private final Select<String> status = new Select<>();

	private final NodePicker implementer;

	private final BigDecimalField collaborationFunds = new BigDecimalField();

	private final BigDecimalField matchingFunds = new BigDecimalField();

	private final BigDecimalField centralInvestment = new BigDecimalField();

	private final BigDecimalField localInvestment = new BigDecimalField();

	private final BigDecimalField otherInvestment = new BigDecimalField();

	private final BigDecimalField totalInvestment = new BigDecimalField();

	private final TextArea note = new TextArea();

	private final SourceFields source;

	private final Factory factory;

	ProjectForm(Factory factory, Runnable onSaved) {
		super(UI.getCurrent().getTranslation("projects.record"), onSaved);
		this.factory = factory;
		this.name.setLabel(getTranslation("projects.name"));
		this.programme = new ProgrammeSelect(getTranslation("pairings.programme"), factory.programmes.choices(), false);
		this.category.setLabel(getTranslation("projects.category"));
		this.category.setItems(ProjectEdits.CATEGORIES.stream().sorted().toList());
		this.category.setItemLabelGenerator((value) -> getTranslation("category." + value));
		this.region = new NodePicker(getTranslation("projects.region"), factory.lookups.of(List.of("Region")));
		this.startYear.setLabel(getTranslation("projects.yearFrom"));
		this.endYear.setLabel(getTranslation("projects.yearTo"));
		this.status.setLabel(getTranslation("projects.status"));
		this.status.setItems(ProjectEdits.STATUSES.stream().sorted().toList());
		this.status.setItemLabelGenerator((value) -> getTranslation("status." + value));
		this.implementer = new NodePicker(getTranslation("projects.implementer"),
				factory.lookups.of(List.of("Organisation")));
		this.collaborationFunds.setLabel(getTranslation("projects.collaborationWan"));
		this.matchingFunds.setLabel(getTranslation("projects.matchingWan"));
		this.centralInvestment.setLabel(getTranslation("projects.centralWan"));
		this.localInvestment.setLabel(getTranslation("projects.localWan"));
		this.otherInvestment.setLabel(getTranslation("projects.otherWan"));
		this.totalInvestment.setLabel(getTranslation("projects.totalWan"));
		this.note.setLabel(getTranslation("form.note"));
		this.name.setId("project-name");
		this.programme.setId("project-programme");
		this.region.setId("project-region");
		this.totalInvestment.setId("project-total");
		this.centralInvestment.setId("project-central");
		this.localInvestment.setId("project-local");
		this.otherInvestment.setId("project-other");
		field("name", this.name);
		field("programme", this.programme);
		field("category", this.category);
		field("region", this.region);
		field("startYear", this.startYear);
		field("endYear", this.endYear);
		field("status", this.status);
		field("implementer", this.implementer);
		field("funding.collaborationFunds", this.collaborationFunds);
		field("funding.matchingFunds", this.matchingFunds);
		field("funding.centralInvestment", this.centralInvestment);
		field("funding.localInvestment", this.localInvestment);
		field("funding.otherInvestment", this.otherInvestment);
		field("funding.totalInvestment", this.totalInvestment);
		field("note", this.note);
		this.source = citing("project", factory.lookups.documents());
	}

	@Override
	protected String submit() {
		ProjectInputs.FundingInput funding = new ProjectInputs.FundingInput(yuan(this.collaborationFunds),
				yuan(this.matchingFunds), yuan(this.centralInvestment), yuan(this.localInvestment),
				yuan(this.otherInvestment), yuan(this.totalInvestment));
		ProjectInputs.RecordProjectInput input = new ProjectInputs.RecordProjectInput(blankToNull(this.name.getValue()),
				this.programme.getValue(), this.category.getValue(), this.region.getValue(), this.startYear.getValue(),
				this.endYear.getValue(), this.status.getValue(), this.implementer.getValue(), null,
				anySet(funding) ? funding : null, blankToNull(this.note.getValue()), this.source.source());
		return this.factory.edits.record(input, this.factory.actors.current());
	}

	/**
	 * Coordinators read amounts in 万元, as the documents give them; the service stores
	 * yuan.
	 */
	private static @Nullable BigDecimal yuan(BigDecimalField wan) {
		return (wan.getValue() != null) ? wan.getValue().movePointRight(4) : null;
	}

	private static boolean anySet(ProjectInputs.FundingInput funding) {
		return java.util.stream.Stream
			.<@Nullable BigDecimal>of(funding.collaborationFunds(), funding.matchingFunds(),
					funding.centralInvestment(), funding.localInvestment(), funding.otherInvestment(),
					funding.totalInvestment())
			.anyMatch((v) -> v != null);
	}

	/** Opens project forms with the services they need. */
	@Component
	static class Factory {

		private final ProjectEdits edits;

		private final Actors actors;

		private final Programmes programmes;

		private final NodeLookups lookups;

		Factory(ProjectEdits edits, Actors actors, Programmes programmes, NodeLookups lookups) {
			this.edits = edits;
			this.actors = actors;
			this.programmes = programmes;
			this.lookups = lookups;
		}

		void open(Runnable onSaved) {
			new ProjectForm(this, onSaved).open();
		}

	}

}
