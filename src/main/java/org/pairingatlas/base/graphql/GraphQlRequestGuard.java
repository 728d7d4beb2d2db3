package org.pairingatlas.base.graphql;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a GraphQL request's envelope before anything else reads it, answering what is
 * wrong in the GraphQL error shape: a body or query string over the size limit (413, also
 * when sent in chunks without a length), a body that is not JSON (400), not one JSON
 * object (batches are not supported) or whose {@code query}, {@code variables},
 * {@code operationName} or {@code extensions} have the wrong type (400), a media type
 * other than JSON (415), and an {@code Accept} the endpoint cannot answer (406).
 */
class GraphQlRequestGuard extends OncePerRequestFilter {

	private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int maxBytes;

	private final RegisteredDocuments registered;

	GraphQlRequestGuard(int maxBytes, RegisteredDocuments registered) {
		this.maxBytes = maxBytes;
		this.registered = registered;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (request.getContentLengthLong() > this.maxBytes || (query != null && query.length() > this.maxBytes)) {
			refuse(response, 413, tooLarge());
			return;
		}
		String accept = request.getHeader("Accept");
		if (accept != null && !answerable(accept)) {
			refuse(response, 406, "cannot answer in " + quoted(accept)
					+ "; accept application/graphql-response+json or application/json");
			return;
		}
		if (!"POST".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		String refusal = unsupportedContentType(request.getContentType());
		if (refusal != null) {
			refuse(response, 415, refusal);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(this.maxBytes + 1);
		if (body.length > this.maxBytes) {
			refuse(response, 413, tooLarge());
			return;
		}
		JsonNode tree = tree(body);
		String documentId = documentId(tree);
		if (documentId != null) {
			String text = this.registered.text(documentId).orElse(null);
			if (text == null) {
				refuse(response, 400, "no document is registered as documentId " + quoted(documentId)
						+ "; register it first (POST /graphql/documents) or send the query");
				return;
			}
			// The rest of the chain sees an ordinary request with the registered text.
			tree = ((tools.jackson.databind.node.ObjectNode) tree).put("query", text);
			((tools.jackson.databind.node.ObjectNode) tree).remove("documentId");
			body = JSON.writeValueAsBytes(tree);
			request.setAttribute(RegisteredDocuments.DOCUMENT_ID, documentId);
		}
		refusal = malformed(body, tree);
		if (refusal != null) {
			refuse(response, 400, refusal);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	private String tooLarge() {
		return "request is larger than the limit of " + this.maxBytes + " bytes";
	}

	private static boolean answerable(String accept) {
		try {
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch((type) -> ANSWERS.stream().anyMatch(type::isCompatibleWith));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static @Nullable String unsupportedContentType(@Nullable String contentType) {
		if (contentType == null) {
			return "the request has no Content-Type; send the query as application/json";
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			if (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json")) {
				return null;
			}
		}
		catch (InvalidMediaTypeException ex) {
			// Refused below like any other type.
		}
		return "Content-Type " + quoted(contentType) + " is not supported; send the query as application/json";
	}

	/** The body as JSON, or null when it is not JSON (told by {@link #malformed}). */
	private static @Nullable JsonNode tree(byte[] body) {
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** The id a request names its registered document by, when it sends no query. */
	private static @Nullable String documentId(@Nullable JsonNode request) {
		if (request == null || !request.isObject()) {
			return null;
		}
		JsonNode query = request.get("query");
		JsonNode id = request.get("documentId");
		return ((query == null || query.isNull()) && id instanceof StringNode) ? id.asString() : null;
	}

	/**
	 * What is wrong with the body, or null if it is one well-formed GraphQL request; the
	 * body already read as JSON is not read again.
	 */
	static @Nullable String malformed(byte[] body, @Nullable JsonNode parsed) {
		JsonNode request = parsed;
		if (request == null) {
			try {
				request = JSON.readTree(body);
			}
			catch (JacksonException ex) {
				return "the request body is not valid JSON (" + ex.getOriginalMessage() + " at line "
						+ ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")";
			}
		}
		if (request == null || request.isMissingNode()) {
			return "the request body is empty; send a JSON object with a query";
		}
		if (!request.isObject()) {
			return "the request body must be one JSON object with a query, not " + kind(request)
					+ "; batches of requests are not supported";
		}
		JsonNode query = request.get("query");
		if (query == null || query.isNull()) {
			return "the request has no query (nor a documentId of a registered document)";
		}
		if (!(query instanceof StringNode)) {
			return "query must be a string, not " + kind(query);
		}
		for (String field : List.of("variables", "extensions")) {
			JsonNode value = request.get(field);
			if (value != null && !value.isNull() && !value.isObject()) {
				return field + " must be a JSON object, not " + kind(value);
			}
		}
		JsonNode operationName = request.get("operationName");
		if (operationName != null && !operationName.isNull() && !(operationName instanceof StringNode)) {
			return "operationName must be a string, not " + kind(operationName);
		}
		return null;
	}

	private static String kind(JsonNode value) {
		return switch (value.getNodeType()) {
			case ARRAY -> "an array";
			case OBJECT, POJO -> "an object";
			case STRING -> "a string";
			case NUMBER -> "a number";
			case BOOLEAN -> "a boolean";
			case NULL, MISSING -> "null";
			case BINARY -> "binary data";
		};
	}

	private static String quoted(String text) {
		String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
		return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
	}

	private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write(JSON.writeValueAsString(java.util.Map.of("errors", List.of(java.util.Map.of("message", message,
					"extensions", java.util.Map.of("classification", "BAD_REQUEST"))))));
	}

	/** The request with its body already read, so the GraphQL handler reads it again. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				// The whole body is in memory: a non-blocking reader may read it all at
				// once.
				@Override
				public void setReadListener(ReadListener listener) {
					try {
						listener.onDataAvailable();
						listener.onAllDataRead();
					}
					catch (IOException ex) {
						listener.onError(ex);
					}
				}

			};
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
