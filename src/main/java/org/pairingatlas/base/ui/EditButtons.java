package org.pairingatlas.base.ui;

import java.util.function.Consumer;
import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/**
 * The buttons by which coordinators edit what a list shows: one to record something new,
 * and on every row one to change it and, until it has ended, one to end it.
 */
public final class EditButtons {

	private EditButtons() {
	}

	/** The list's button that opens the form recording something new. */
	public static Button record(String text, String id, Runnable open) {
		Button record = new Button(text, (e) -> open.run());
		record.setId(id);
		record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		return record;
	}

	/** A column of change and end buttons, the end button only on rows not yet ended. */
	public static <T> void addColumn(Grid<T> grid, String changeText, Consumer<T> change, String endText,
			Consumer<T> end, Predicate<T> ended) {
		grid.addComponentColumn((item) -> {
			Button changing = new Button(changeText, (e) -> change.accept(item));
			changing.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			changing.addClassName("pa-change");
			FlexLayout actions = new FlexLayout(changing);
			if (!ended.test(item)) {
				Button ending = new Button(endText, (e) -> end.accept(item));
				ending.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY,
						ButtonVariant.LUMO_ERROR);
				ending.addClassName("pa-end");
				actions.add(ending);
			}
			return actions;
		}).setHeader("").setAutoWidth(true);
	}

}
