package org.pairingatlas.base.ui.component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.vaadin.flow.component.combobox.ComboBox;

/**
 * A node chosen by typing its name in Chinese, pinyin or English; the value is the node's
 * key.
 */
public class NodePicker extends ComboBox<String> {

	private final Map<String, String> names = new ConcurrentHashMap<>();

	private final NodeLookup lookup;

	public NodePicker(String label, NodeLookup lookup) {
		super(label);
		this.lookup = lookup;
		setClearButtonVisible(true);
		setItems((query) -> {
			String text = query.getFilter().orElse("");
			int offset = query.getOffset();
			int limit = query.getLimit();
			if (text.isBlank() || offset > 0) {
				return Stream.empty();
			}
			List<String> keys = lookup.find(text, Math.min(limit, 20));
			this.names.putAll(lookup.names(keys));
			return keys.stream();
		});
		setItemLabelGenerator((key) -> label(this.names.getOrDefault(key, key), key));
	}

	/**
	 * A node as people tell it: its name, with its division code where it has one (two
	 * places of one name differ by it); an internal key is never shown.
	 */
	public static String label(String name, String key) {
		return key.matches("\\d{6,12}") ? name + " · " + key : name;
	}

	/** Shows the node with this key, as when reopening a link. */
	public void select(String key) {
		this.names.putAll(this.lookup.names(List.of(key)));
		setValue(key);
	}

}
