package org.pairingatlas.page;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * An entity's facts as name and value lines ("类别 基础设施"); a fact the graph does not know
 * is left out rather than shown as a blank or a question mark.
 */
final class FactTable extends Div {

	FactTable(String id) {
		setId(id);
		addClassName("pa-properties");
	}

	FactTable line(String name, @Nullable String value) {
		return (value == null || value.isBlank()) ? this : line(name, new Span(value));
	}

	FactTable line(String name, @Nullable Component value) {
		if (value != null) {
			Span label = new Span(name);
			label.addClassName("pa-muted");
			add(label, value);
		}
		return this;
	}

}
