package org.pairingatlas.sheet;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.graphql.Connection;
import org.pairingatlas.base.graphql.Page;
import org.pairingatlas.base.ui.Language;
import org.pairingatlas.base.ui.Translations;
import org.pairingatlas.security.Actors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;

/**
 * GraphQL access to spreadsheet imports: their kinds and templates, an import's rows and
 * outcome, and committing or rolling one back. Imports hold coordinators' files, so only
 * coordinators read them.
 */
@Controller
class SheetImportController {

	private final SheetImports imports;

	private final ImportReads reads;

	private final Actors actors;

	private final Translations words;

	SheetImportController(SheetImports imports, ImportReads reads, Actors actors, Translations words) {
		this.imports = imports;
		this.reads = reads;
		this.actors = actors;
		this.words = words;
	}

	/** A kind of sheet as GraphQL shows it. */
	record KindView(String id, String templateUrl, List<ColumnView> columns) {
	}

	/** A column as GraphQL shows it. */
	record ColumnView(String field, String header, String headerEn, boolean required, List<String> words) {
	}

	/** A refusal as GraphQL shows it. */
	record RefusalView(@Nullable String field, @Nullable String header, String message, String messageEn) {
	}

	@QueryMapping
	List<KindView> sheetKinds() {
		return this.imports.kinds()
			.stream()
			.map((kind) -> new KindView(kind.id(), ImportUploadController.templateUrl(kind.id()),
					kind.columns()
						.stream()
						.map((c) -> new ColumnView(c.key(), c.zh(), c.en(), c.required(),
								c.words().stream().map(Word::zh).toList()))
						.toList()))
			.toList();
	}

	@QueryMapping
	@Nullable ImportView sheetImport(@Argument String id) {
		requireCoordinator();
		return this.reads.find(id).orElse(null);
	}

	@QueryMapping
	Connection<ImportView> sheetImports(@Argument @Nullable Integer first, @Argument @Nullable String after) {
		Page page = Page.of(first, after, null, null);
		requireCoordinator();
		return this.reads.recent(page);
	}

	@SchemaMapping(typeName = "SheetImport")
	Connection<ImportRowView> rows(ImportView sheetImport, @Argument @Nullable Outcome outcome,
			@Argument @Nullable Integer first, @Argument @Nullable String after) {
		return this.reads.rows(sheetImport.key(), outcome, Page.of(first, after, null, null));
	}

	@SchemaMapping(typeName = "SheetImport")
	String refusalsUrl(ImportView sheetImport) {
		return ImportUploadController.refusalsUrl(sheetImport.key());
	}

	@SchemaMapping(typeName = "ImportRow")
	List<RefusalView> reasons(ImportRowView row) {
		return row.reasons()
			.stream()
			.map((reason) -> new RefusalView(reason.field(), header(reason.field()),
					reason.reason().in(this.words, Language.CHINESE), reason.reason().in(this.words, Language.ENGLISH)))
			.toList();
	}

	@MutationMapping
	ImportPayload commitImport(@Argument String id, @Argument @Nullable Boolean allOrNothing) {
		return answer(id, () -> this.imports.commit(this.actors.current(), id, Boolean.TRUE.equals(allOrNothing),
				SheetImports.Progress.NONE));
	}

	@MutationMapping
	ImportPayload rollbackImport(@Argument String id) {
		return answer(id, () -> this.imports.rollback(this.actors.current(), id));
	}

	private ImportPayload answer(String id, Runnable change) {
		try {
			change.run();
		}
		catch (SheetRefused refused) {
			return ImportPayload.refused("id", refused, this.words);
		}
		catch (EditRefused refused) {
			return new ImportPayload(null, refused.errors());
		}
		return new ImportPayload(this.reads.find(id).orElse(null), List.of());
	}

	private @Nullable String header(@Nullable String field) {
		if (field == null) {
			return null;
		}
		return this.imports.kinds()
			.stream()
			.map((kind) -> this.imports.headers(kind).get(field))
			.filter(java.util.Objects::nonNull)
			.map(SheetColumn.Header::zh)
			.findFirst()
			.orElse(field);
	}

	private void requireCoordinator() {
		if (!this.actors.current().coordinator()) {
			throw new AccessDeniedException("imports are for coordinators");
		}
	}

}
