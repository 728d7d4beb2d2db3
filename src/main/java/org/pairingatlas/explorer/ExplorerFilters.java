package org.pairingatlas.explorer;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.pairingatlas.base.ui.Language;
import org.pairingatlas.entity.EntityType;
import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.organisation.OrganisationSearch;
import org.pairingatlas.pairing.PairingVocabulary;
import org.pairingatlas.programme.Programme;

/**
 * The explorer's filters: entity types, programmes, levels and kinds, whether to follow
 * the division hierarchy, and the year the network is shown as of. It reads an explorer
 * state and writes the user's changes back to one.
 */
class ExplorerFilters extends FlexLayout {

	private static final int MIN_YEAR = 1990;

	private final MultiSelectComboBox<String> types = new MultiSelectComboBox<>();

	private final MultiSelectComboBox<String> programmes = new MultiSelectComboBox<>();

	private final MultiSelectComboBox<String> levels = new MultiSelectComboBox<>();

	private final MultiSelectComboBox<String> kinds = new MultiSelectComboBox<>();

	private final Checkbox hierarchy = new Checkbox();

	private final Checkbox timeTravel = new Checkbox();

	private final Input yearSlider = new Input();

	private final Span yearLabel = new Span();

	// Filters are set from the link on entry; their listeners must not echo that back.
	private boolean showing;

	/**
	 * @param programmes the programmes to filter by, by key
	 * @param changed told when the user changes a filter
	 */
	ExplorerFilters(Map<String, Programme> programmes, Runnable changed) {
		createChoices(programmes);
		for (MultiSelectComboBox<String> filter : List.of(this.types, this.programmes, this.levels, this.kinds)) {
			filter.setClearButtonVisible(true);
			filter.setWidth("14rem");
			filter.addValueChangeListener((e) -> changedByUser(changed));
		}
		this.hierarchy.setLabel(getTranslation("filter.hierarchy"));
		this.hierarchy.setId("filter-hierarchy");
		this.hierarchy.setValue(true);
		this.hierarchy.addValueChangeListener((e) -> changedByUser(changed));
		this.timeTravel.setLabel(getTranslation("filter.asOf"));
		this.timeTravel.setId("filter-as-of");
		this.timeTravel.addValueChangeListener((e) -> {
			this.yearSlider.setEnabled(e.getValue());
			changedByUser(changed);
		});
		createYearSlider(changed);
		add(this.types, this.programmes, this.levels, this.kinds, this.hierarchy, this.timeTravel, this.yearSlider,
				this.yearLabel);
		setFlexWrap(FlexLayout.FlexWrap.WRAP);
		setAlignItems(FlexComponent.Alignment.CENTER);
		addClassName("pa-filters");
	}

	private void createChoices(Map<String, Programme> programmes) {
		this.types.setId("filter-types");
		this.types.setPlaceholder(getTranslation("filter.types"));
		this.types.setItems(EntityTypes.ALL.stream().map(EntityType::label).toList());
		this.types.setItemLabelGenerator((type) -> EntityTypes.nameOf(type, Language.english()));
		this.programmes.setId("filter-programmes");
		this.programmes.setPlaceholder(getTranslation("filter.programmes"));
		this.programmes.setItems(programmes.keySet());
		this.programmes
			.setItemLabelGenerator((key) -> Language.pick(programmes.get(key).name(), programmes.get(key).nameEn()));
		this.levels.setId("filter-levels");
		this.levels.setPlaceholder(getTranslation("filter.levels"));
		this.levels.setItems(Stream.concat(Stream.of("province", "prefecture"), PairingVocabulary.LEVELS.stream())
			.distinct()
			.sorted()
			.toList());
		this.levels.setItemLabelGenerator((level) -> getTranslation("level." + level));
		this.kinds.setId("filter-kinds");
		this.kinds.setPlaceholder(getTranslation("filter.kinds"));
		this.kinds.setItems(Stream.concat(PairingVocabulary.KINDS.stream(), OrganisationSearch.KINDS.stream())
			.distinct()
			.sorted()
			.toList());
		this.kinds.setItemLabelGenerator((kind) -> getTranslation("kind." + kind));
	}

	private void createYearSlider(Runnable changed) {
		this.yearSlider.setType("range");
		this.yearSlider.setId("filter-year");
		this.yearSlider.getElement().setAttribute("min", String.valueOf(MIN_YEAR));
		this.yearSlider.getElement().setAttribute("max", String.valueOf(currentYear()));
		this.yearSlider.getElement().setAttribute("step", "1");
		this.yearSlider.getElement().setAttribute("aria-label", getTranslation("filter.asOf"));
		this.yearSlider.setValue(String.valueOf(currentYear()));
		this.yearSlider.setEnabled(false);
		this.yearSlider.addValueChangeListener((e) -> {
			updateYearLabel();
			changedByUser(changed);
		});
		this.yearLabel.setId("filter-year-label");
	}

	/** Shows the filters of a state, as when opening a link, without telling anyone. */
	void show(ExplorerState state) {
		this.showing = true;
		this.types.setValue(Set.copyOf(state.types));
		this.programmes.setValue(Set.copyOf(state.programmes));
		this.levels.setValue(Set.copyOf(state.levels));
		this.kinds.setValue(Set.copyOf(state.kinds));
		this.hierarchy.setValue(state.hierarchy);
		this.timeTravel.setValue(state.asOfYear != null);
		this.yearSlider.setValue(String.valueOf((state.asOfYear != null) ? state.asOfYear : currentYear()));
		this.yearSlider.setEnabled(state.asOfYear != null);
		updateYearLabel();
		this.showing = false;
	}

	/** Writes the filters as the user set them into a state. */
	void writeTo(ExplorerState state) {
		state.types.clear();
		state.types.addAll(this.types.getValue());
		state.programmes.clear();
		state.programmes.addAll(this.programmes.getValue());
		state.levels.clear();
		state.levels.addAll(this.levels.getValue());
		state.kinds.clear();
		state.kinds.addAll(this.kinds.getValue());
		state.hierarchy = this.hierarchy.getValue();
		state.asOfYear = this.timeTravel.getValue() ? Integer.valueOf(this.yearSlider.getValue()) : null;
	}

	private void changedByUser(Runnable changed) {
		if (!this.showing) {
			changed.run();
		}
	}

	private void updateYearLabel() {
		this.yearLabel.setText(this.timeTravel.getValue() ? getTranslation("filter.yearEnd", this.yearSlider.getValue())
				: getTranslation("filter.allTime"));
	}

	private static int currentYear() {
		return Year.now().getValue();
	}

}
