package org.pairingatlas.sheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.ui.Language;
import org.pairingatlas.base.ui.Translations;
import org.pairingatlas.security.Actors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Spreadsheet imports for partner systems: {@code POST /api/imports} as
 * {@code multipart/form-data} with the {@code file} and its {@code kind} (optionally
 * {@code columns} such as {@code "C=recipient,D="} to set columns by hand,
 * {@code commit=true} to commit at once, {@code allOrNothing=true}) answers with the
 * import (read its rows through GraphQL's {@code sheetImport}) or why it was refused;
 * {@code POST /api/imports/{key}/commit} and {@code /rollback} commit and roll back
 * imports too long for a GraphQL request; templates and refusal sheets download from here
 * too.
 */
@RestController
class ImportUploadController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final SheetImports imports;

	private final ImportReads reads;

	private final Actors actors;

	private final Translations words;

	ImportUploadController(SheetImports imports, ImportReads reads, Actors actors, Translations words) {
		this.imports = imports;
		this.reads = reads;
		this.actors = actors;
		this.words = words;
	}

	static String templateUrl(String kind) {
		return "/api/imports/templates/" + kind + ".xlsx";
	}

	static String refusalsUrl(String importKey) {
		return "/api/imports/" + importKey + "/refusals.xlsx";
	}

	@PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportPayload upload(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String columns,
			@RequestParam(defaultValue = "false") boolean commit,
			@RequestParam(defaultValue = "false") boolean allOrNothing) throws IOException {
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		try {
			SheetImports.Upload upload = this.imports.read(this.actors.current(), kind, name, file.getBytes());
			String key = this.imports.preview(this.actors.current(), upload, choices(columns),
					SheetImports.Progress.NONE);
			if (commit) {
				try {
					this.imports.commit(this.actors.current(), key, allOrNothing, SheetImports.Progress.NONE);
				}
				catch (SheetRefused refused) {
					ImportPayload payload = ImportPayload.refused("id", refused, this.words);
					return new ImportPayload(this.reads.find(key).orElse(null), payload.errors());
				}
			}
			return new ImportPayload(this.reads.find(key).orElse(null), List.of());
		}
		catch (SheetRefused refused) {
			return ImportPayload.refused("file", refused, this.words);
		}
		catch (EditRefused refused) {
			return new ImportPayload(null, refused.errors());
		}
	}

	/**
	 * Commits a previewed import, for partner systems whose imports outlast a GraphQL
	 * request's time limit: the answer comes when the commit is done.
	 */
	@PostMapping("/api/imports/{key}/commit")
	ImportPayload commit(@PathVariable String key, @RequestParam(defaultValue = "false") boolean allOrNothing) {
		return answer(key,
				() -> this.imports.commit(this.actors.current(), key, allOrNothing, SheetImports.Progress.NONE));
	}

	/** Rolls a committed import back, as {@code rollbackImport} does. */
	@PostMapping("/api/imports/{key}/rollback")
	ImportPayload rollback(@PathVariable String key) {
		return answer(key, () -> this.imports.rollback(this.actors.current(), key));
	}

	private ImportPayload answer(String key, Runnable change) {
		try {
			change.run();
		}
		catch (SheetRefused refused) {
			return new ImportPayload(this.reads.find(key).orElse(null),
					ImportPayload.refused("id", refused, this.words).errors());
		}
		catch (EditRefused refused) {
			return new ImportPayload(this.reads.find(key).orElse(null), refused.errors());
		}
		return new ImportPayload(this.reads.find(key).orElse(null), List.of());
	}

	@GetMapping("/api/imports/templates/{kind}.xlsx")
	ResponseEntity<byte[]> template(@PathVariable String kind) {
		return this.imports.kind(kind)
			.map((k) -> ResponseEntity.ok()
				.contentType(XLSX)
				.header(HttpHeaders.CONTENT_DISPOSITION, attachment(k.id() + "-template.xlsx"))
				.body(SheetTemplate.of(k)))
			.orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).build());
	}

	@GetMapping("/api/imports/{key}/refusals.xlsx")
	ResponseEntity<StreamingResponseBody> refusals(@PathVariable String key,
			@RequestParam(defaultValue = "zh") String language) {
		if (!this.actors.current().coordinator()) {
			throw new AccessDeniedException("imports are for coordinators");
		}
		if (this.reads.find(key).isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		Locale locale = "en".equals(language) ? Language.ENGLISH : Language.CHINESE;
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(key + "-refusals.xlsx"))
			.body((out) -> ImportRefusals.write(this.imports, this.reads, this.words, key, locale, out));
	}

	private static String attachment(String name) {
		return ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString();
	}

	/** "C=recipient,D=" as column C fills recipient, D fills nothing. */
	static Map<Integer, String> choices(@Nullable String columns) {
		Map<Integer, String> choices = new HashMap<>();
		if (columns == null || columns.isBlank()) {
			return choices;
		}
		for (String pair : columns.split(",")) {
			String[] parts = pair.split("=", 2);
			if (parts.length == 2 && parts[0].strip().matches("[A-Za-z]{1,3}")) {
				choices.put(org.apache.poi.ss.util.CellReference.convertColStringToIndex(parts[0].strip()),
						parts[1].strip());
			}
			else {
				throw new SheetRefused(Reason.of("sheet.refusal.columnsParameter", pair));
			}
		}
		return choices;
	}

}
