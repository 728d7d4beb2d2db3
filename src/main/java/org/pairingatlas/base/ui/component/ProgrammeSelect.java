package org.pairingatlas.base.ui.component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.ui.Language;

/**
 * A programme chosen by name (Chinese, or English when showing English); the value is the
 * programme's key. Lists offer "all" as the empty choice, forms and the dashboard need
 * one.
 */
public class ProgrammeSelect extends Select<String> {

	/** A programme to choose: its key and its names. */
	public record Choice(String key, String name, @Nullable String nameEn) {
	}

	private final Map<String, Choice> programmes = new LinkedHashMap<>();

	public ProgrammeSelect(String label, List<Choice> programmes, boolean anyAllowed) {
		programmes.forEach((p) -> this.programmes.put(p.key(), p));
		setLabel(label);
		setItems(this.programmes.keySet());
		if (anyAllowed) {
			setEmptySelectionAllowed(true);
			setEmptySelectionCaption(getTranslation("list.all"));
		}
		setItemLabelGenerator((key) -> (key == null) ? getTranslation("list.all") : nameOf(key));
	}

	/** What to call the programme with this key. */
	public String nameOf(@Nullable String key) {
		Choice programme = (key != null) ? this.programmes.get(key) : null;
		if (programme == null) {
			return (key != null) ? key : "";
		}
		return Language.pick(programme.name(), programme.nameEn());
	}

	/** Whether a programme has this key. */
	public boolean offers(@Nullable String key) {
		return key != null && this.programmes.containsKey(key);
	}

}
