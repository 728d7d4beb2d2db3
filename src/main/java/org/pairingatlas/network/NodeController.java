package org.pairingatlas.network;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL {@code node(id)} and {@code document(id)}: any entity by id.
 */
@Controller
class NodeController {

	private final Nodes nodes;

	NodeController(Nodes nodes) {
		this.nodes = nodes;
	}

	@QueryMapping
	@Nullable Object node(@Argument String id) {
		return this.nodes.byId(id).orElse(null);
	}

}
