package org.pairingatlas.source;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.DocumentTexts;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.security.Actors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Documents by id, their text, and registering a document with its text pasted; the
 * {@code sources} field of every fact is wired by {@link CitationsConfiguration}.
 */
@Controller
class SourceController {

	private final Sources sources;

	private final DocumentRegistration registration;

	private final Actors actors;

	private final DocumentTexts texts;

	private final DocumentSearch search;

	SourceController(Sources sources, DocumentRegistration registration, Actors actors, DocumentTexts texts,
			DocumentSearch search) {
		this.sources = sources;
		this.registration = registration;
		this.actors = actors;
		this.texts = texts;
		this.search = search;
	}

	@QueryMapping
	List<DocumentSearch.Hit> searchDocuments(@Argument String text, @Argument int first) {
		return this.search.find(text, first);
	}

	@MutationMapping
	DocumentPayload registerDocument(@Argument RegisterDocumentInput input) {
		return EditRefused.answer(() -> this.registration.register(input, null, this.actors.current()),
				(key) -> new DocumentPayload(this.sources.document(key).orElse(null), List.of()),
				(errors) -> new DocumentPayload(null, errors));
	}

	@SchemaMapping
	@Nullable String text(Document document) {
		return this.texts.textOf(document.key()).orElse(null);
	}

	@QueryMapping
	@Nullable Document document(@Argument String id) {
		return this.sources.document(id).orElse(null);
	}

}
