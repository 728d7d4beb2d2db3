package org.pairingatlas.base.ui.component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The search box every page carries in its header: suggestions appear under it as the
 * user types (after a pause of {@link #PAUSE_MS} ms), grouped by kind (地区, 机构, 项目, 文件 …),
 * each a link to the node's page. Enter opens the first; Tab moves into the list; Escape
 * closes it.
 */
public class HeaderSearch extends Composite<Div> {

	/** Pause after the last keystroke before asking the server, in milliseconds. */
	static final int PAUSE_MS = 120;

	/** Most suggestions shown. */
	static final int SHOWN = 12;

	private final TextField field = new TextField();

	private final Popover popover = new Popover();

	private final Div results = new Div();

	private final NodeSuggestions suggestions;

	private final Function<String, String> link;

	private List<NodeSuggestions.Suggestion> shown = List.of();

	/**
	 * @param link the address of a node's page, from its key
	 */
	public HeaderSearch(NodeSuggestions suggestions, Function<String, String> link, String placeholder,
			String nothingFound) {
		this.suggestions = suggestions;
		this.link = link;
		this.field.setPlaceholder(placeholder);
		this.field.setAriaLabel(placeholder);
		this.field.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.field.setClearButtonVisible(true);
		this.field.setValueChangeMode(ValueChangeMode.LAZY);
		this.field.setValueChangeTimeout(PAUSE_MS);
		this.field.setWidthFull();
		this.field.getElement().setAttribute("autocomplete", "off");
		// The popover marks its target expanded or not and names the list it controls;
		// those are a combo box's attributes, so the input is one.
		this.field.getElement()
			.executeJs("this.inputElement.setAttribute('role', 'combobox');"
					+ "this.inputElement.setAttribute('aria-autocomplete', 'list');");
		this.field.addValueChangeListener((e) -> suggest(e.getValue(), nothingFound));
		Shortcuts.addShortcutListener(this.field, this::openFirst, Key.ENTER).listenOn(this.field);
		this.results.setId("header-search-results");
		this.results.addClassName("pa-search-results");
		this.results.getElement().setAttribute("aria-live", "polite");
		this.popover.setTarget(this.field);
		this.popover.setOpenOnClick(false);
		this.popover.setOpenOnFocus(false);
		this.popover.setOpenOnHover(false);
		this.popover.setPosition(PopoverPosition.BOTTOM_START);
		this.popover.setAriaLabel(placeholder);
		this.popover.add(this.results);
		getContent().add(this.field, this.popover);
	}

	@Override
	public void setId(String id) {
		getContent().setId(id);
		this.field.setId(id + "-field");
	}

	public void setWidth(String width) {
		getContent().setWidth(width);
	}

	private void suggest(String text, String nothingFound) {
		this.results.removeAll();
		if (text == null || text.isBlank()) {
			this.shown = List.of();
			this.popover.close();
			return;
		}
		this.shown = this.suggestions.suggest(text, SHOWN);
		if (this.shown.isEmpty()) {
			this.results.add(new Span(nothingFound));
		}
		Map<String, Div> groups = new LinkedHashMap<>();
		for (NodeSuggestions.Suggestion suggestion : this.shown) {
			Div group = groups.computeIfAbsent(suggestion.kind(), (kind) -> {
				Div created = new Div();
				created.addClassName("pa-search-group");
				Span heading = new Span(kind);
				heading.addClassName("pa-search-kind");
				created.add(heading);
				return created;
			});
			Anchor anchor = new Anchor(this.link.apply(suggestion.key()), suggestion.name());
			anchor.addClassName("pa-search-hit");
			anchor.getElement().setAttribute("data-key", suggestion.key());
			anchor.getElement().addEventListener("click", (e) -> done());
			group.add(anchor);
		}
		groups.values().forEach(this.results::add);
		this.popover.open();
	}

	/** Enter: the first suggestion's page. */
	private void openFirst() {
		if (!this.shown.isEmpty()) {
			String target = this.link.apply(this.shown.get(0).key());
			done();
			getUI().ifPresent((ui) -> ui.navigate(target));
		}
	}

	private void done() {
		this.popover.close();
		this.field.clear();
	}

}
