package org.pairingatlas.base.ui.component;

import java.util.List;

/**
 * Where the header's search finds what it suggests: the nodes best matching the text,
 * best first, each with its type's name, so that suggestions can be grouped by kind.
 */
public interface NodeSuggestions {

	/** None for text that is not a valid search. */
	List<Suggestion> suggest(String text, int limit);

	/**
	 * One suggestion.
	 *
	 * @param key the node's key, for its page's address
	 * @param kind the name of its type in the reader's language (地区, 机构, 项目 …)
	 * @param name its name as people tell it
	 */
	record Suggestion(String key, String kind, String name) {
	}

}
