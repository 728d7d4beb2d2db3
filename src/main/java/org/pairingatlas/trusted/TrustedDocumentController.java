package org.pairingatlas.trusted;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a partner registers its GraphQL documents ({@code POST /api/graphql-documents}
 * with {@code {"document": "query … { … }"}}, answered with the document's id) and lists
 * those it registered ({@code GET}). Registering needs a token with the scope
 * {@code register-documents}.
 */
@RestController
@RequestMapping("/api/graphql-documents")
class TrustedDocumentController {

	static final String REGISTER = "SCOPE_register-documents";

	private final TrustedDocuments documents;

	TrustedDocumentController(TrustedDocuments documents) {
		this.documents = documents;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> register(@RequestBody(required = false) @Nullable Map<String, Object> body,
			Authentication who) {
		String partner = partner(who);
		if (partner == null || who.getAuthorities().stream().noneMatch((a) -> REGISTER.equals(a.getAuthority()))) {
			return refuse(HttpStatus.FORBIDDEN,
					"registering documents needs a partner token with the scope register-documents");
		}
		Object text = (body != null) ? body.get("document") : null;
		if (!(text instanceof String document)) {
			return refuse(HttpStatus.BAD_REQUEST,
					"send a JSON object with the document's text as \"document\" (a string)");
		}
		TrustedDocument registered = this.documents.register(document, partner);
		return ResponseEntity.status(HttpStatus.CREATED).body(answer(registered));
	}

	@GetMapping
	ResponseEntity<Map<String, Object>> list(Authentication who) {
		String partner = partner(who);
		if (partner == null) {
			return refuse(HttpStatus.FORBIDDEN, "only partner tokens register documents");
		}
		return ResponseEntity.ok(Map.of("documents",
				this.documents.of(partner).stream().map(TrustedDocumentController::answer).toList()));
	}

	@ExceptionHandler(InvalidDocument.class)
	ResponseEntity<Map<String, Object>> invalid(InvalidDocument refused) {
		return ResponseEntity.badRequest()
			.body(Map.of("errors", refused.problems()
				.stream()
				.map((problem) -> Map.of("message", problem, "extensions", Map.of("classification", "ValidationError")))
				.toList()));
	}

	/** The partner's name, for a token; null for anyone else. */
	static @Nullable String partner(@Nullable Authentication who) {
		return (who != null && who.getName().startsWith("token:")) ? who.getName().substring("token:".length()) : null;
	}

	private static Map<String, Object> answer(TrustedDocument document) {
		return Map.of("documentId", document.id(), "operations", document.operations(), "document",
				document.document());
	}

	private static ResponseEntity<Map<String, Object>> refuse(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.body(Map.of("errors", List.of(Map.of("message", message, "extensions",
					Map.of("classification", status == HttpStatus.FORBIDDEN ? "FORBIDDEN" : "BAD_REQUEST")))));
	}

}
