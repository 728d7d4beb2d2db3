package org.pairingatlas.organisation.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.ui.EditForm;
import org.pairingatlas.base.ui.EndForm;
import org.pairingatlas.base.ui.component.NodePicker;
import org.pairingatlas.organisation.Organisation;
import org.pairingatlas.organisation.OrganisationEdits;
import org.pairingatlas.organisation.OrganisationInputs;
import org.pairingatlas.organisation.OrganisationSearch;
import org.pairingatlas.search.NodeLookups;
import org.pairingatlas.security.Actors;

import org.springframework.stereotype.Component;

/**
 * Records an organisation (name, kind, region, credit code and the source that states it)
 * or changes one, through the same service as the {@code createOrganisation} and
 * {@code updateOrganisation} mutations. Its region is where it is; a move is recorded as
 * a new organisation and the old one ended.
 */
class OrganisationForm extends EditForm {

	private final TextField name = new TextField();

	private final TextField nameEn = new TextField();

	private final Select<String> kind = new Select<>();

	private final NodePicker region;

	private final TextField creditCode = new TextField();

	private final Checkbox confirmed = new Checkbox();

	private final TextArea note = new TextArea();

	private final SourceFields source;

	private final Factory factory;

	// The organisation being changed, as read; null when recording a new one.
	private final @Nullable Organisation existing;

	OrganisationForm(Factory factory, @Nullable Organisation existing, @Nullable String regionKey, Runnable onSaved) {
		super(UI.getCurrent().getTranslation((existing != null) ? "organisations.change" : "organisations.record"),
				onSaved);
		this.factory = factory;
		this.existing = existing;
		this.name.setLabel(getTranslation("organisations.name"));
		this.name.setId("organisation-name");
		this.nameEn.setLabel(getTranslation("organisations.nameEn"));
		this.kind.setLabel(getTranslation("organisations.kind"));
		this.kind.setItems(OrganisationSearch.KINDS.stream().sorted().toList());
		this.kind.setItemLabelGenerator((value) -> getTranslation("kind." + value));
		this.kind.setId("organisation-kind");
		this.region = new NodePicker(getTranslation("organisations.region"), factory.lookups.of(List.of("Region")));
		this.region.setId("organisation-region");
		this.creditCode.setLabel(getTranslation("organisations.creditCode"));
		this.creditCode.setHelperText(getTranslation("organisations.creditCodeHelp"));
		this.creditCode.setId("organisation-credit-code");
		this.confirmed.setLabel(getTranslation("form.confirmed"));
		this.confirmed.setValue(true);
		this.note.setLabel(getTranslation("form.note"));
		field("name", this.name);
		field("nameEn", this.nameEn);
		field("kind", this.kind);
		field("region", this.region);
		field("creditCode", this.creditCode);
		add(this.confirmed, 2);
		field("note", this.note);
		this.source = citing("organisation", factory.lookups.documents());
		if (existing != null) {
			fill(existing);
		}
		else if (regionKey != null) {
			this.region.select(regionKey);
		}
	}

	private void fill(Organisation organisation) {
		this.name.setValue(organisation.name());
		this.nameEn.setValue((organisation.nameEn() != null) ? organisation.nameEn() : "");
		this.kind.setValue(organisation.kind());
		this.creditCode.setValue((organisation.creditCode() != null) ? organisation.creditCode() : "");
		this.confirmed.setValue(organisation.confirmed());
		this.note.setValue((organisation.note() != null) ? organisation.note() : "");
		this.region.setVisible(false);
		this.source.keepingWhenEmpty();
	}

	@Override
	protected String submit() {
		if (this.existing != null) {
			return this.factory.edits.update(
					new OrganisationInputs.UpdateOrganisationInput(this.existing.key(), this.existing.version(),
							changed(this.name.getValue(), this.existing.name()),
							changed(this.nameEn.getValue(), this.existing.nameEn()), this.kind.getValue(),
							changed(this.creditCode.getValue(), this.existing.creditCode()), this.confirmed.getValue(),
							changed(this.note.getValue(), this.existing.note()), this.source.changeSource()),
					this.factory.actors.current());
		}
		return this.factory.edits.create(new OrganisationInputs.CreateOrganisationInput(this.name.getValue(),
				blankToNull(this.nameEn.getValue()), this.kind.getValue(), this.region.getValue(),
				blankToNull(this.creditCode.getValue()), this.confirmed.getValue(), blankToNull(this.note.getValue()),
				this.source.source()), this.factory.actors.current());
	}

	/** The value if the coordinator changed it, else null (unchanged). */
	private static @Nullable String changed(String value, @Nullable String stored) {
		String given = blankToNull(value);
		return java.util.Objects.equals(given, stored) ? null : given;
	}

	/** Opens organisation forms with the services they need. */
	@Component
	static class Factory {

		private final OrganisationEdits edits;

		private final Actors actors;

		private final NodeLookups lookups;

		Factory(OrganisationEdits edits, Actors actors, NodeLookups lookups) {
			this.edits = edits;
			this.actors = actors;
			this.lookups = lookups;
		}

		void record(@Nullable String regionKey, Runnable onSaved) {
			new OrganisationForm(this, null, regionKey, onSaved).open();
		}

		void change(Organisation organisation, Runnable onSaved) {
			new OrganisationForm(this, organisation, null, onSaved).open();
		}

		void end(Organisation organisation, Runnable onSaved) {
			new EndForm("organisation-end", "organisations.endTitle", this.lookups.documents(),
					(endDate, source) -> this.edits.end(new OrganisationInputs.EndOrganisationInput(organisation.key(),
							organisation.version(), endDate, source), this.actors.current()),
					onSaved)
				.open();
		}

	}

}
