package org.pairingatlas.base.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a list view's filters in its address, so that a copied link reopens the same
 * list.
 */
public final class ListLinks {

	private ListLinks() {
	}

	/** The first value of a query parameter, or null. */
	public static @Nullable String first(QueryParameters query, String name) {
		List<String> values = query.getParameters().getOrDefault(name, List.of());
		return (values.isEmpty() || values.get(0).isBlank()) ? null : values.get(0);
	}

	/** Replaces the address with this path and the filters that are set. */
	public static void update(String path, Map<String, @Nullable String> filters) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		filters.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				parameters.put(name, List.of(value));
			}
		});
		UI ui = UI.getCurrent();
		if (ui != null) {
			ui.getPage().getHistory().replaceState(null, new Location(path, new QueryParameters(parameters)));
		}
	}

	/**
	 * The address where a node is told in words: a region's, organisation's or
	 * programme's page, else the explorer around it.
	 */
	public static String page(String key) {
		return "node/" + key;
	}

	/** The explorer's address that opens this node, expanded and selected. */
	public static String explore(String key) {
		return "explore?show=" + key + "&open=" + key + "&selected=" + key;
	}

	/**
	 * The explorer's address that tells these nodes' story, their pairing network laid
	 * out supporters facing recipients, with the first selected.
	 */
	public static String story(java.util.List<String> keys) {
		// A story's nodes are shown without a "show" of their own (ExplorerState).
		return "explore?story=" + String.join(",", keys) + "&layout=sides&selected=" + keys.get(0);
	}

}
