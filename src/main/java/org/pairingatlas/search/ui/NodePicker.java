package org.pairingatlas.search.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.vaadin.flow.component.combobox.ComboBox;
import org.pairingatlas.base.graphql.InvalidInputException;
import org.pairingatlas.network.NetworkQuery;
import org.pairingatlas.search.TextSearch;

/**
 * A region, organisation or source chosen by typing its name in Chinese, pinyin or
 * English; the value is the node's key.
 */
public class NodePicker extends ComboBox<String> {

	private final Map<String, String> names = new ConcurrentHashMap<>();

	private final NetworkQuery network;

	/**
	 * @param types what may be picked: Region, Organisation, Programme, Project, Source
	 */
	public NodePicker(String label, List<String> types, TextSearch search, NetworkQuery network) {
		super(label);
		this.network = network;
		setClearButtonVisible(true);
		setItems((query) -> {
			String text = query.getFilter().orElse("");
			int offset = query.getOffset();
			int limit = query.getLimit();
			if (text.isBlank() || offset > 0) {
				return Stream.empty();
			}
			try {
				List<String> keys = search.keys(text, types, Math.min(limit, 20));
				this.names.putAll(network.labelsOf(keys));
				return keys.stream();
			}
			catch (InvalidInputException ex) {
				return Stream.empty();
			}
		});
		setItemLabelGenerator((key) -> this.names.getOrDefault(key, key) + " · " + key);
	}

	/** Shows the node with this key, as when reopening a link. */
	public void select(String key) {
		this.names.putAll(this.network.labelsOf(List.of(key)));
		setValue(key);
	}

}
