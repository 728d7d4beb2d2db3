package org.pairingatlas.trusted;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pairingatlas.base.graphql.RegisteredDocuments;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a token with the scope {@code registered-only} to the documents it registered: a
 * GraphQL request from it must name one by {@code documentId}, else it is refused (403)
 * before anything runs. Runs after the security filters, which tell whose token it is.
 */
class RegisteredOnly extends OncePerRequestFilter {

	static final String SCOPE = "SCOPE_registered-only";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TrustedDocuments documents;

	private final SecurityContextHolderStrategy contexts;

	RegisteredOnly(TrustedDocuments documents, SecurityContextHolderStrategy contexts) {
		this.documents = documents;
		this.contexts = contexts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication who = this.contexts.getContext().getAuthentication();
		if (who == null || who.getAuthorities().stream().noneMatch((a) -> SCOPE.equals(a.getAuthority()))) {
			chain.doFilter(request, response);
			return;
		}
		String partner = TrustedDocumentController.partner(who);
		Object id = request.getAttribute(RegisteredDocuments.DOCUMENT_ID);
		if (!(id instanceof String documentId)) {
			refuse(response, "this token may send only documents it registered: send \"documentId\" instead of"
					+ " \"query\" (register documents with POST /api/graphql-documents)");
			return;
		}
		boolean own = this.documents.find(documentId)
			.map((document) -> document.registeredBy().contains(partner))
			.orElse(false);
		if (!own) {
			refuse(response, "this token may send only documents it registered, and did not register " + documentId);
			return;
		}
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletResponse response, String message) throws IOException {
		response.setStatus(403);
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write(JSON.writeValueAsString(Map.of("errors",
					List.of(Map.of("message", message, "extensions", Map.of("classification", "FORBIDDEN"))))));
	}

}
