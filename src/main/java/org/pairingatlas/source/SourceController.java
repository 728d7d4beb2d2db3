package org.pairingatlas.source;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Documents by id; the {@code sources} field of every fact is wired by
 * {@link CitationsConfiguration}.
 */
@Controller
class SourceController {

	private final Sources sources;

	SourceController(Sources sources) {
		this.sources = sources;
	}

	@QueryMapping
	@Nullable Document document(@Argument String id) {
		return this.sources.document(id).orElse(null);
	}

}
