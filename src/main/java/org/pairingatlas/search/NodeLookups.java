package org.pairingatlas.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.pairingatlas.base.graphql.InvalidInputException;
import org.pairingatlas.base.ui.component.NodeLookup;
import org.pairingatlas.entity.NodeNames;

import org.springframework.stereotype.Service;

/**
 * Node look-ups for the views' pickers: search by name over the types asked for, and the
 * nodes' names.
 */
@Service
public class NodeLookups {

	private final TextSearch search;

	private final NodeNames names;

	NodeLookups(TextSearch search, NodeNames names) {
		this.search = search;
		this.names = names;
	}

	/**
	 * A look-up of nodes of these types: Region, Organisation, Programme, Project,
	 * Source.
	 */
	public NodeLookup of(List<String> types) {
		return new NodeLookup() {

			@Override
			public List<String> find(String text, int limit) {
				try {
					return NodeLookups.this.search.keys(text, types, limit);
				}
				catch (InvalidInputException ex) {
					return List.of();
				}
			}

			@Override
			public Map<String, String> names(Collection<String> keys) {
				return NodeLookups.this.names.of(keys);
			}

		};
	}

	/** A look-up of the documents a fact may cite. */
	public NodeLookup documents() {
		return of(List.of("Source"));
	}

	/** The names of these nodes that the user may see, by key. */
	public Map<String, String> names(Collection<String> keys) {
		return this.names.of(keys);
	}

}
