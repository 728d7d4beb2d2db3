package org.pairingatlas.base.ui.component;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where a {@link NodePicker} finds nodes: by the text typed, and their names by key.
 */
public interface NodeLookup {

	/**
	 * The keys of the nodes best matching the text, best first; none for text that is not
	 * a valid search.
	 */
	List<String> find(String text, int limit);

	/** What to call each of these nodes that the user may see, by key. */
	Map<String, String> names(Collection<String> keys);

}
