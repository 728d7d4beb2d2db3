package org.pairingatlas.page;

import java.util.List;

import org.pairingatlas.base.graphql.InvalidInputException;
import org.pairingatlas.base.ui.Language;
import org.pairingatlas.base.ui.component.NodePicker;
import org.pairingatlas.base.ui.component.NodeSuggestions;
import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.network.NetworkQuery;
import org.pairingatlas.search.TextSearch;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the search box every page carries in its header finds, each result leading to its
 * page: any node search finds by name, in Chinese, pinyin or English, with its type's
 * name for grouping. Two queries per suggestion list: the ranked keys, then the nodes'
 * names and types.
 */
@Configuration(proxyBeanMethods = false)
class HeaderSearchConfiguration {

	@Bean
	NodeSuggestions headerSearch(TextSearch search, NetworkQuery network) {
		List<String> types = EntityTypes.searchable();
		return (text, limit) -> {
			List<String> keys;
			try {
				keys = search.keys(text, types, limit);
			}
			catch (InvalidInputException ex) {
				return List.of();
			}
			boolean english = Language.english();
			return network.nodesOf(keys)
				.stream()
				.map((node) -> new NodeSuggestions.Suggestion(node.id(), EntityTypes.nameOf(node.type(), english),
						NodePicker.label(node.label(), node.id())))
				.toList();
		};
	}

}
