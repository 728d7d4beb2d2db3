package org.pairingatlas.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL text search.
 */
@Controller
class SearchController {

	private final TextSearch search;

	SearchController(TextSearch search) {
		this.search = search;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument @Nullable List<EntityType> types, @Argument int first) {
		List<String> labels = (types != null) ? types.stream().map(EntityType::label).toList() : List.of();
		return this.search.search(text, labels, first);
	}

	/** Entity types as the schema names them, with the graph's label for each. */
	enum EntityType {

		REGION("Region"), ORGANISATION("Organisation"), PROGRAMME("Programme"), PROJECT("Project"), DOCUMENT("Source");

		private final String label;

		EntityType(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

	}

}
