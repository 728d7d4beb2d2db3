package org.pairingatlas.network;

import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL neighbourhoods and shortest paths.
 */
@Controller
class NetworkController {

	private final NetworkQuery network;

	NetworkController(NetworkQuery network) {
		this.network = network;
	}

	@QueryMapping
	Subgraph neighbourhood(@Argument String id, @Argument int depth, @Argument @Nullable NetworkFilter filter,
			@Argument int limit, DataFetchingFieldSelectionSet selection) {
		return this.network.neighbourhood(id, depth, (filter != null) ? filter : NetworkFilter.NONE, limit,
				NodeParts.selected(selection));
	}

	@QueryMapping
	List<Subgraph> shortestPaths(@Argument String from, @Argument String to, @Argument @Nullable NetworkFilter filter,
			@Argument int maxLength, @Argument int paths, DataFetchingFieldSelectionSet selection) {
		return this.network.shortestPaths(from, to, (filter != null) ? filter : NetworkFilter.NONE, maxLength, paths,
				NodeParts.selected(selection));
	}

}
