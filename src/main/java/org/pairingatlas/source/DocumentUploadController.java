package org.pairingatlas.source;

import java.io.IOException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.security.Actors;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Registers a document from an uploaded file (PDF, DOCX, XLSX, HTML or TXT) for partner
 * systems: {@code POST /api/documents} as {@code multipart/form-data} with the file and
 * the fields of {@code RegisterDocumentInput}; answered as the GraphQL mutation is, with
 * the document or the reasons it was refused.
 */
@RestController
class DocumentUploadController {

	private final DocumentRegistration registration;

	private final Sources sources;

	private final Actors actors;

	DocumentUploadController(DocumentRegistration registration, Sources sources, Actors actors) {
		this.registration = registration;
		this.sources = sources;
		this.actors = actors;
	}

	@PostMapping(path = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	DocumentPayload upload(@RequestParam("file") MultipartFile file, @RequestParam @Nullable String kind,
			@RequestParam(required = false) @Nullable String number, @RequestParam @Nullable String title,
			@RequestParam(required = false) @Nullable String issuer,
			@RequestParam(required = false) @Nullable String date, @RequestParam(required = false) @Nullable String url)
			throws IOException {
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		DocumentRegistration.UploadedFile uploaded = new DocumentRegistration.UploadedFile(name, file.getBytes());
		RegisterDocumentInput input = new RegisterDocumentInput(kind, number, title, issuer, date, url, null);
		return EditRefused.answer(() -> this.registration.register(input, uploaded, this.actors.current()),
				(key) -> new DocumentPayload(this.sources.document(key).orElse(null), List.of()),
				(errors) -> new DocumentPayload(null, errors));
	}

}
