package org.pairingatlas.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.network.NetworkFilter;

/**
 * What the explorer shows, all of it kept in the address so that a link reopens the same
 * view: the nodes placed on the canvas, those expanded, the filters, the layout, the
 * selected node and a path between two nodes.
 */
final class ExplorerState {

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,80}");

	private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

	/** Nodes placed on the canvas (from search, a story, a path or a link). */
	final Set<String> shown = new LinkedHashSet<>();

	/** Nodes whose neighbours are shown. */
	final Set<String> expanded = new LinkedHashSet<>();

	/** Nodes whose pairing network is shown, supporters facing recipients. */
	final Set<String> stories = new LinkedHashSet<>();

	/**
	 * Groups opened: {@code key:Type} (for regions {@code key:Region.level}), the
	 * neighbours of that type around that node, shown one by one instead of as one "46
	 * 个项目".
	 */
	final Set<String> openGroups = new LinkedHashSet<>();

	final Set<String> types = new LinkedHashSet<>();

	final Set<String> programmes = new LinkedHashSet<>();

	/** Levels of regions and pairings to keep (empty: all). */
	final Set<String> levels = new LinkedHashSet<>();

	/** Kinds of pairings and organisations to keep (empty: all). */
	final Set<String> kinds = new LinkedHashSet<>();

	@Nullable Integer asOfYear;

	boolean hierarchy = true;

	GraphLayout layout = GraphLayout.FORCE;

	@Nullable String selected;

	@Nullable String pathFrom;

	@Nullable String pathTo;

	NetworkFilter filter() {
		return new NetworkFilter(List.copyOf(this.types), List.copyOf(this.programmes),
				(this.asOfYear != null) ? this.asOfYear + "-12-31" : null, this.hierarchy, null);
	}

	/** Forgets every node, story and group; the filters and layout stay. */
	void clear() {
		this.shown.clear();
		this.expanded.clear();
		this.stories.clear();
		this.openGroups.clear();
		this.selected = null;
		this.pathFrom = null;
		this.pathTo = null;
	}

	/** Takes a node off the canvas, with its neighbours and story. */
	void hide(String key) {
		this.shown.remove(key);
		this.expanded.remove(key);
		this.stories.remove(key);
		this.selected = null;
	}

	/** The state as query parameters; only what differs from the default is written. */
	QueryParameters toQueryParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		put(parameters, "show", this.shown);
		put(parameters, "open", this.expanded);
		put(parameters, "story", this.stories);
		put(parameters, "groups", this.openGroups);
		put(parameters, "types", this.types);
		put(parameters, "programmes", this.programmes);
		put(parameters, "levels", this.levels);
		put(parameters, "kinds", this.kinds);
		if (this.asOfYear != null) {
			parameters.put("asOf", List.of(String.valueOf(this.asOfYear)));
		}
		if (!this.hierarchy) {
			parameters.put("hierarchy", List.of("off"));
		}
		if (this.layout != GraphLayout.FORCE) {
			parameters.put("layout", List.of(this.layout.name().toLowerCase()));
		}
		if (this.selected != null) {
			parameters.put("selected", List.of(this.selected));
		}
		if (this.pathFrom != null && this.pathTo != null) {
			parameters.put("path", List.of(this.pathFrom + "," + this.pathTo));
		}
		return new QueryParameters(parameters);
	}

	/**
	 * Reads a state from a link. Values that are not keys, years or known words are
	 * ignored, so a mangled link opens what it still can.
	 */
	static ExplorerState of(QueryParameters query) {
		Map<String, List<String>> parameters = query.getParameters();
		ExplorerState state = new ExplorerState();
		state.shown.addAll(keys(parameters, "show"));
		state.expanded.addAll(keys(parameters, "open"));
		state.stories.addAll(keys(parameters, "story"));
		state.openGroups.addAll(keys(parameters, "groups"));
		state.shown.addAll(state.expanded);
		state.shown.addAll(state.stories);
		state.types.addAll(keys(parameters, "types"));
		state.programmes.addAll(keys(parameters, "programmes"));
		state.levels.addAll(keys(parameters, "levels"));
		state.kinds.addAll(keys(parameters, "kinds"));
		String year = first(parameters, "asOf");
		if (year != null && YEAR.matcher(year).matches()) {
			state.asOfYear = Integer.valueOf(year);
		}
		state.hierarchy = !"off".equals(first(parameters, "hierarchy"));
		String layout = first(parameters, "layout");
		state.layout = (layout != null) ? GraphLayout.of(layout) : GraphLayout.FORCE;
		String selected = first(parameters, "selected");
		state.selected = (selected != null && KEY.matcher(selected).matches()) ? selected : null;
		List<String> path = keys(parameters, "path");
		if (path.size() == 2) {
			state.pathFrom = path.get(0);
			state.pathTo = path.get(1);
		}
		return state;
	}

	private static void put(Map<String, List<String>> parameters, String name, Set<String> values) {
		if (!values.isEmpty()) {
			parameters.put(name, List.of(String.join(",", values)));
		}
	}

	private static @Nullable String first(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.getOrDefault(name, List.of());
		return values.isEmpty() ? null : values.get(0);
	}

	private static List<String> keys(Map<String, List<String>> parameters, String name) {
		List<String> keys = new ArrayList<>();
		for (String value : parameters.getOrDefault(name, List.of())) {
			for (String part : value.split(",")) {
				if (KEY.matcher(part.strip()).matches()) {
					keys.add(part.strip());
				}
			}
		}
		return keys;
	}

}
