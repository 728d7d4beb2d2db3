package org.pairingatlas.pairing.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.SourceInput;
import org.pairingatlas.base.ui.EditForm;
import org.pairingatlas.network.NetworkQuery;
import org.pairingatlas.pairing.PairingEdits;
import org.pairingatlas.pairing.PairingInputs;
import org.pairingatlas.pairing.PairingVocabulary;
import org.pairingatlas.programme.Programmes;
import org.pairingatlas.programme.ui.ProgrammeSelect;
import org.pairingatlas.search.TextSearch;
import org.pairingatlas.search.ui.NodePicker;
import org.pairingatlas.security.Actors;

import org.springframework.stereotype.Component;

/**
 * Records a pairing: programme, level, kind, the two sides, dates, status and the source
 * that states it. The same service as the {@code createPairing} mutation checks it.
 */
class PairingForm extends EditForm {

	private final ProgrammeSelect programme;

	private final Select<String> level = new Select<>();

	private final Select<String> kind = new Select<>();

	private final NodePicker supporter;

	private final NodePicker recipient;

	private final DatePicker startDate = new DatePicker();

	private final DatePicker endDate = new DatePicker();

	private final Select<String> status = new Select<>();

	private final Checkbox confirmed = new Checkbox();

	private final TextArea note = new TextArea();

	private final NodePicker document;

	private final TextArea excerpt = new TextArea();

	private final Factory factory;

	PairingForm(Factory factory, Runnable onSaved) {
		super(com.vaadin.flow.component.UI.getCurrent().getTranslation("pairings.record"), onSaved);
		this.factory = factory;
		this.programme = new ProgrammeSelect(getTranslation("pairings.programme"), factory.programmes.all(), false);
		this.level.setLabel(getTranslation("pairings.level"));
		this.level.setItems(PairingVocabulary.LEVELS.stream().sorted().toList());
		this.level.setItemLabelGenerator((value) -> getTranslation("level." + value));
		this.kind.setLabel(getTranslation("pairings.kind"));
		this.kind.setItems(PairingVocabulary.KINDS.stream().sorted().toList());
		this.kind.setItemLabelGenerator((value) -> getTranslation("kind." + value));
		this.supporter = new NodePicker(getTranslation("pairings.supporter"), List.of("Region", "Organisation"),
				factory.search, factory.network);
		this.recipient = new NodePicker(getTranslation("pairings.recipient"), List.of("Region", "Organisation"),
				factory.search, factory.network);
		this.startDate.setLabel(getTranslation("pairings.start"));
		this.endDate.setLabel(getTranslation("pairings.end"));
		this.status.setLabel(getTranslation("pairings.status"));
		this.status.setItems(PairingVocabulary.STATUSES.stream().sorted().toList());
		this.status.setItemLabelGenerator((value) -> getTranslation("status." + value));
		this.status.setValue("active");
		this.confirmed.setLabel(getTranslation("form.confirmed"));
		this.confirmed.setValue(true);
		this.note.setLabel(getTranslation("form.note"));
		this.document = new NodePicker(getTranslation("form.document"), List.of("Source"), factory.search,
				factory.network);
		this.excerpt.setLabel(getTranslation("form.excerpt"));
		this.excerpt.setHelperText(getTranslation("form.excerptHelp"));
		this.programme.setId("pairing-programme");
		this.supporter.setId("pairing-supporter");
		this.recipient.setId("pairing-recipient");
		this.document.setId("pairing-document");
		this.excerpt.setId("pairing-excerpt");
		field("programme", this.programme);
		field("level", this.level);
		field("kind", this.kind);
		field("status", this.status);
		field("supporter", this.supporter);
		field("recipient", this.recipient);
		field("startDate", this.startDate);
		field("endDate", this.endDate);
		add(this.confirmed, 2);
		field("note", this.note);
		field("source.document", this.document);
		field("source.excerpt", this.excerpt);
	}

	@Override
	protected String submit() {
		PairingInputs.CreatePairingInput input = new PairingInputs.CreatePairingInput(this.programme.getValue(),
				this.level.getValue(), this.kind.getValue(), this.supporter.getValue(), this.recipient.getValue(),
				date(this.startDate), date(this.endDate), this.status.getValue(), this.confirmed.getValue(),
				blankToNull(this.note.getValue()),
				new SourceInput(this.document.getValue(), blankToNull(this.excerpt.getValue())));
		return this.factory.edits.create(input, this.factory.actors.current());
	}

	private static @Nullable String date(DatePicker picker) {
		return (picker.getValue() != null) ? picker.getValue().toString() : null;
	}

	/** Opens pairing forms with the services they need. */
	@Component
	static class Factory {

		private final PairingEdits edits;

		private final Actors actors;

		private final Programmes programmes;

		private final TextSearch search;

		private final NetworkQuery network;

		Factory(PairingEdits edits, Actors actors, Programmes programmes, TextSearch search, NetworkQuery network) {
			this.edits = edits;
			this.actors = actors;
			this.programmes = programmes;
			this.search = search;
			this.network = network;
		}

		void open(Runnable onSaved) {
			new PairingForm(this, onSaved).open();
		}

	}

}
