package org.pairingatlas.pairing.ui;

import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import org.pairingatlas.base.edit.SourceInput;
import org.pairingatlas.base.ui.EditForm;
import org.pairingatlas.pairing.Pairing;
import org.pairingatlas.pairing.PairingEdits;
import org.pairingatlas.pairing.PairingInputs;
import org.pairingatlas.search.NodeLookups;
import org.pairingatlas.base.ui.component.NodePicker;
import org.pairingatlas.security.Actors;

/**
 * Ends a pairing on a date, citing the source that says so, through the same service as
 * the {@code endPairing} mutation. The pairing stays in the graph with its history; it is
 * no longer active.
 */
class EndPairingForm extends EditForm {

	private final PairingEdits edits;

	private final Actors actors;

	private final Pairing pairing;

	private final DatePicker endDate = new DatePicker();

	private final NodePicker document;

	private final TextArea excerpt = new TextArea();

	EndPairingForm(PairingEdits edits, Actors actors, Pairing pairing, NodeLookups lookups, Runnable onSaved) {
		super(com.vaadin.flow.component.UI.getCurrent().getTranslation("pairings.endTitle"), onSaved);
		this.edits = edits;
		this.actors = actors;
		this.pairing = pairing;
		Div explanation = new Div(getTranslation("pairings.endHelp"));
		explanation.addClassName("pa-muted");
		add(explanation, 2);
		this.endDate.setLabel(getTranslation("pairings.end"));
		this.endDate.setId("pairing-end-date");
		this.document = new NodePicker(getTranslation("form.document"), lookups.of(List.of("Source")));
		this.document.setId("pairing-end-document");
		this.excerpt.setLabel(getTranslation("form.excerpt"));
		this.excerpt.setHelperText(getTranslation("form.excerptHelp"));
		this.excerpt.setId("pairing-end-excerpt");
		field("endDate", this.endDate);
		field("source.document", this.document);
		field("source.excerpt", this.excerpt);
	}

	@Override
	protected String submit() {
		return this.edits.end(
				new PairingInputs.EndPairingInput(this.pairing.key(), this.pairing.version(),
						PairingForm.date(this.endDate),
						new SourceInput(this.document.getValue(), blankToNull(this.excerpt.getValue()))),
				this.actors.current());
	}

}
