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
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.edit.UserError;

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
