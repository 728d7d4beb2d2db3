package org.pairingatlas.base.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.edit.SourceInput;
import org.pairingatlas.base.edit.UserError;
import org.pairingatlas.base.ui.component.NodeLookup;
import org.pairingatlas.base.ui.component.NodePicker;

/**
 * A dialog that records one edit through the same service, and so the same checks and
 * messages, as the GraphQL mutation. A refused edit marks each named field with its
 * message and writes nothing; errors for fields the form does not show are listed above
 * the buttons.
 */
public abstract class EditForm extends Dialog {

	private final FormLayout form = new FormLayout();

	private final Map<String, HasValidation> fields = new LinkedHashMap<>();

	private final Div otherErrors = new Div();

	private final Runnable onSaved;

	protected EditForm(String title, Runnable onSaved) {
		this.onSaved = onSaved;
		setHeaderTitle(title);
		setWidth("min(52rem, 96vw)");
		this.otherErrors.addClassName("pa-warning");
		this.otherErrors.setId("form-errors");
		add(this.form, this.otherErrors);
		Button save = new Button(getTranslation("form.save"), (e) -> save());
		save.setId("form-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("form.cancel"), (e) -> close());
		getFooter().add(cancel, save);
	}

	/** Adds a field whose errors arrive under the input name {@code field}. */
	protected <C extends Component & HasValidation> C field(String field, C component) {
		this.fields.put(field, component);
		this.form.add(component);
		return component;
	}

	protected void add(Component component, int colspan) {
		this.form.add(component, colspan);
	}

	/**
	 * The source the edit cites: a document picked by name and the words of it that state
	 * the fact, added to the form as its last two fields.
	 * @param idPrefix what the fields' ids start with, e.g. {@code pairing} gives
	 * {@code pairing-document} and {@code pairing-excerpt}
	 */
	protected SourceFields citing(String idPrefix, NodeLookup documents) {
		NodePicker document = new NodePicker(getTranslation("form.document"), documents);
		document.setId(idPrefix + "-document");
		TextArea excerpt = new TextArea(getTranslation("form.excerpt"));
		excerpt.setHelperText(getTranslation("form.excerptHelp"));
		excerpt.setId(idPrefix + "-excerpt");
		field("source.document", document);
		field("source.excerpt", excerpt);
		return new SourceFields(document, excerpt);
	}

	/** The document and excerpt fields of a form, read as the source an edit cites. */
	public record SourceFields(NodePicker document, TextArea excerpt) {

		/**
		 * The source of a new fact: sent even when incomplete, so the service names what
		 * is missing.
		 */
		public SourceInput source() {
			return new SourceInput(this.document.getValue(), blankToNull(this.excerpt.getValue()));
		}

		/**
		 * The source of a change, which may cite none: an excerpt without a document is
		 * still sent, so the service names the missing document.
		 */
		public @Nullable SourceInput changeSource() {
			String excerpt = blankToNull(this.excerpt.getValue());
			return (this.document.getValue() != null || excerpt != null)
					? new SourceInput(this.document.getValue(), excerpt) : null;
		}

		/**
		 * Says, on a form that changes a fact, that an empty source keeps the ones it
		 * has.
		 */
		public void keepingWhenEmpty() {
			this.document.setHelperText(this.document.getTranslation("form.changeSourceHelp"));
		}

	}

	/** Empty text as no value, so the service tells "missing" from "invalid". */
	protected static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	/** Sends the edit; returns the new node's key. */
	protected abstract String submit();

	private void save() {
		this.fields.values().forEach((f) -> f.setInvalid(false));
		this.otherErrors.removeAll();
		try {
			String key = submit();
			Notification.show(getTranslation("form.saved", key), 4000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			close();
			this.onSaved.run();
		}
		catch (EditRefused refused) {
			show(refused.errors());
		}
	}

	private void show(List<UserError> errors) {
		for (UserError error : errors) {
			HasValidation field = this.fields.get(error.field());
			if (field != null) {
				field.setErrorMessage(error.message());
				field.setInvalid(true);
			}
			else {
				this.otherErrors.add(new Div(error.field() + ": " + error.message()));
			}
		}
	}

}
