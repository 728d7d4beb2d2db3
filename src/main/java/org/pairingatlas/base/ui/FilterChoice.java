package org.pairingatlas.base.ui;

import java.util.Collection;

import com.vaadin.flow.component.select.Select;

/**
 * A list filter over a fixed vocabulary (levels, kinds, categories, statuses): "all" or
 * one value, each shown by its translated word ({@code wordPrefix.value}).
 */
public final class FilterChoice {

	private FilterChoice() {
	}

	public static Select<String> of(String label, String id, Collection<String> values, String wordPrefix) {
		Select<String> select = new Select<>();
		select.setLabel(label);
		select.setId(id);
		select.setEmptySelectionAllowed(true);
		String all = select.getTranslation("list.all");
		select.setEmptySelectionCaption(all);
		select.setItems(values.stream().sorted().toList());
		select.setItemLabelGenerator((value) -> (value == null) ? all : select.getTranslation(wordPrefix + value));
		return select;
	}

}
