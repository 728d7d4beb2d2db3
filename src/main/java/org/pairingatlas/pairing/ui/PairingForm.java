package org.pairingatlas.pairing.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.ui.EditForm;
import org.pairingatlas.base.ui.EndForm;
import org.pairingatlas.pairing.Pairing;
import org.pairingatlas.pairing.PairingEdits;
import org.pairingatlas.pairing.PairingInputs;
import org.pairingatlas.pairing.PairingVocabulary;
import org.pairingatlas.programme.Programmes;
import org.pairingatlas.base.ui.component.ProgrammeSelect;
import org.pairingatlas.search.NodeLookups;
import org.pairingatlas.base.ui.component.NodePicker;
import org.pairingatlas.security.Actors;

import org.springframework.stereotype.Component;

/**
 * Records a pairing (programme, level, kind, the two sides, dates, status and the source
 * that states it) or changes one. The same service as the {@code createPairing} and
 * {@code updatePairing} mutations checks it. A pairing's programme and sides are what it
 * is, so a change keeps them; a wrong side is a new pairing and the old one ended.
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

	private final SourceFields source;

	private final Factory factory;

	// The pairing being changed, as read; null when recording a new one.
	private final @Nullable Pairing existing;

	PairingForm(Factory factory, @Nullable Pairing existing, Runnable onSaved) {
		super(com.vaadin.flow.component.UI.getCurrent()
			.getTranslation((existing != null) ? "pairings.change" : "pairings.record"), onSaved);
		this.factory = factory;
		this.existing = existing;
		this.programme = new ProgrammeSelect(getTranslation("pairings.programme"), factory.programmes.choices(), false);
		this.level.setLabel(getTranslation("pairings.level"));
		this.level.setItems(PairingVocabulary.LEVELS.stream().sorted().toList());
		this.level.setItemLabelGenerator((value) -> getTranslation("level." + value));
		this.kind.setLabel(getTranslation("pairings.kind"));
		this.kind.setItems(PairingVocabulary.KINDS.stream().sorted().toList());
		this.kind.setItemLabelGenerator((value) -> getTranslation("kind." + value));
		this.supporter = new NodePicker(getTranslation("pairings.supporter"),
				factory.lookups.of(List.of("Region", "Organisation")));
		this.recipient = new NodePicker(getTranslation("pairings.recipient"),
				factory.lookups.of(List.of("Region", "Organisation")));
		this.startDate.setLabel(getTranslation("pairings.start"));
		this.endDate.setLabel(getTranslation("pairings.end"));
		this.status.setLabel(getTranslation("pairings.status"));
		this.status.setItems(PairingVocabulary.STATUSES.stream().sorted().toList());
		this.status.setItemLabelGenerator((value) -> getTranslation("status." + value));
		this.status.setValue("active");
		this.confirmed.setLabel(getTranslation("form.confirmed"));
		this.confirmed.setValue(true);
		this.note.setLabel(getTranslation("form.note"));
		this.programme.setId("pairing-programme");
		this.supporter.setId("pairing-supporter");
		this.recipient.setId("pairing-recipient");
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
		this.source = citing("pairing", factory.lookups.documents());
		if (existing != null) {
			fill(existing);
		}
	}

	private void fill(Pairing pairing) {
		this.programme.setValue(pairing.programmeKey());
		this.supporter.select(pairing.supporterKey());
		this.recipient.select(pairing.recipientKey());
		this.level.setValue(pairing.level());
		this.kind.setValue(pairing.kind());
		this.status.setValue(pairing.status());
		showDate(this.startDate, pairing.startDate());
		showDate(this.endDate, pairing.endDate());
		this.confirmed.setValue(pairing.confirmed());
		this.note.setValue((pairing.note() != null) ? pairing.note() : "");
		this.programme.setReadOnly(true);
		this.supporter.setReadOnly(true);
		this.recipient.setReadOnly(true);
		this.source.keepingWhenEmpty();
	}

	@Override
	protected String submit() {
		if (this.existing != null) {
			return this.factory.edits.update(
					new PairingInputs.UpdatePairingInput(this.existing.key(), this.existing.version(),
							this.level.getValue(), this.kind.getValue(),
							changedDate(this.startDate, this.existing.startDate()),
							changedDate(this.endDate, this.existing.endDate()), this.status.getValue(),
							this.confirmed.getValue(), blankToNull(this.note.getValue()), this.source.changeSource()),
					this.factory.actors.current());
		}
		PairingInputs.CreatePairingInput input = new PairingInputs.CreatePairingInput(this.programme.getValue(),
				this.level.getValue(), this.kind.getValue(), this.supporter.getValue(), this.recipient.getValue(),
				date(this.startDate), date(this.endDate), this.status.getValue(), this.confirmed.getValue(),
				blankToNull(this.note.getValue()), this.source.source());
		return this.factory.edits.create(input, this.factory.actors.current());
	}

	static @Nullable String date(DatePicker picker) {
		return (picker.getValue() != null) ? picker.getValue().toString() : null;
	}

	/**
	 * Shows a stored date; one the documents give as a year or month only shows as its
	 * first day, with the stored value named below.
	 */
	private void showDate(DatePicker picker, @Nullable String stored) {
		picker.setValue(localDate(stored));
		if (stored != null && stored.length() < 10) {
			picker.setHelperText(getTranslation("pairings.storedAs", stored));
		}
	}

	/**
	 * The picked date if the coordinator changed it, else null (unchanged), so saving a
	 * form does not turn "2014" into "2014-01-01".
	 */
	private static @Nullable String changedDate(DatePicker picker, @Nullable String stored) {
		return java.util.Objects.equals(picker.getValue(), localDate(stored)) ? null : date(picker);
	}

	/** A stored date, which may be a year or a month only, as the day it begins. */
	private static @Nullable LocalDate localDate(@Nullable String date) {
		if (date == null) {
			return null;
		}
		return switch (date.length()) {
			case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
			case 7 -> LocalDate.parse(date + "-01");
			default -> LocalDate.parse(date);
		};
	}

	/** Opens pairing forms with the services they need. */
	@Component
	static class Factory {

		private final PairingEdits edits;

		private final Actors actors;

		private final Programmes programmes;

		private final NodeLookups lookups;

		Factory(PairingEdits edits, Actors actors, Programmes programmes, NodeLookups lookups) {
			this.edits = edits;
			this.actors = actors;
			this.programmes = programmes;
			this.lookups = lookups;
		}

		void record(Runnable onSaved) {
			new PairingForm(this, null, onSaved).open();
		}

		void change(Pairing pairing, Runnable onSaved) {
			new PairingForm(this, pairing, onSaved).open();
		}

		void end(Pairing pairing, Runnable onSaved) {
			new EndForm("pairing-end", "pairings.endTitle", this.lookups.documents(),
					(endDate, source) -> this.edits.end(
							new PairingInputs.EndPairingInput(pairing.key(), pairing.version(), endDate, source),
							this.actors.current()),
					onSaved)
				.open();
		}

	}

}
