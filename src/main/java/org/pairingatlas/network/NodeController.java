package org.pairingatlas.network;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.entity.Nodes;
import org.pairingatlas.security.Actors;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.edit.SourceInput;
import org.pairingatlas.base.edit.UserError;
import org.pairingatlas.source.SourceEdits;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL {@code node(id)} and {@code document(id)}: any entity by id.
 */
@Controller
class NodeController {

	private final Nodes nodes;

	private final SourceEdits sources;

	private final Actors actors;

	NodeController(Nodes nodes, SourceEdits sources, Actors actors) {
		this.nodes = nodes;
		this.sources = sources;
		this.actors = actors;
	}

	@MutationMapping
	AttachSourcePayload attachSource(@Argument @Nullable String id, @Argument @Nullable SourceInput source) {
		return EditRefused.answer(() -> this.sources.attach(id, source, this.actors.current()),
				(key) -> new AttachSourcePayload(this.nodes.byId(key).orElse(null), List.of()),
				(errors) -> new AttachSourcePayload(null, errors));
	}

	/** The result of attaching a source: the fact, now citing it. */
	record AttachSourcePayload(@Nullable Object node, List<UserError> errors) {
	}

	@QueryMapping
	@Nullable Object node(@Argument String id) {
		return this.nodes.byId(id).orElse(null);
	}

}
