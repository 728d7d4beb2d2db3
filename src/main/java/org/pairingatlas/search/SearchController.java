package org.pairingatlas.search;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.compiled.CompiledNodes;
import org.pairingatlas.base.graphql.compiled.CompiledReads;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL text search.
 */
@Controller
class SearchController {

	private final TextSearch search;

	private final CompiledReads reads;

	SearchController(TextSearch search, CompiledReads reads) {
		this.search = search;
		this.reads = reads;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument @Nullable List<EntityType> types, @Argument int first,
			DataFetchingEnvironment environment) {
		List<String> labels = (types != null) ? types.stream().map(EntityType::label).toList() : List.of();
		CompiledNodes nodes = this.reads.nodes(environment, "node", "node", TextSearch.TYPES);
		return (nodes != null) ? this.search.search(text, labels, first, nodes)
				: this.search.search(text, labels, first);
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
