package org.pairingatlas.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.SourceInput;
import org.pairingatlas.base.ui.component.NodeLookup;

/**
 * Ends a fact (a pairing, an organisation) on a date, citing the source that says so,
 * through the same service as its mutation. The fact stays in the graph with its history.
 */
public class EndForm extends EditForm {

	/**
	 * The edit that ends the fact: given the end date and the source, returns its key.
	 */
	@FunctionalInterface
	public interface Ending {

		String end(@Nullable String endDate, SourceInput source);

	}

	private final DatePicker endDate = new DatePicker();

	private final SourceFields source;

	private final Ending ending;

	/**
	 * @param idPrefix what the fields' ids start with, e.g. {@code pairing-end}
	 * @param title the translation key of the title, e.g. {@code pairings.endTitle}; the
	 * date's label is the key without {@code Title} ({@code pairings.end}), its
	 * explanation that with {@code Help} ({@code pairings.endHelp})
	 */
	public EndForm(String idPrefix, String title, NodeLookup documents, Ending ending, Runnable onSaved) {
		super(UI.getCurrent().getTranslation(title), onSaved);
		this.ending = ending;
		String words = title.replaceAll("Title$", "");
		Div explanation = new Div(getTranslation(words + "Help"));
		explanation.addClassName("pa-muted");
		add(explanation, 2);
		this.endDate.setLabel(getTranslation(words));
		this.endDate.setId(idPrefix + "-date");
		field("endDate", this.endDate);
		this.source = citing(idPrefix, documents);
	}

	@Override
	protected String submit() {
		return this.ending.end((this.endDate.getValue() != null) ? this.endDate.getValue().toString() : null,
				this.source.source());
	}

}
