package org.pairingatlas.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * Requests wrong before GraphQL sees them: malformed JSON, batches, a query or variables
 * of the wrong type, an empty body, bodies over the size limit, media types the endpoint
 * does not read or write. Most carry a valid attachSource, so that a request wrongly read
 * would show as a write.
 */
final class BadRequests {

	private static final Set<Integer> BAD_REQUEST = Set.of(400);

	private static final Set<Integer> MEDIA_TYPE = Set.of(415, 400);

	private BadRequests() {
	}

	/**
	 * One request.
	 *
	 * @param name what is wrong with it
	 * @param method the HTTP method
	 * @param contentType its Content-Type, if any
	 * @param accept its Accept
	 * @param body its body
	 * @param chunked whether it is sent without a Content-Length
	 * @param statuses the statuses that answer it properly
	 */
	record BadRequest(String name, String method, @Nullable String contentType, String accept, byte[] body,
			boolean chunked, Set<Integer> statuses) {

		static BadRequest json(String name, String body, Set<Integer> statuses) {
			return new BadRequest(name, "POST", GraphQlHttp.JSON, GraphQlHttp.GRAPHQL_RESPONSE,
					body.getBytes(StandardCharsets.UTF_8), false, statuses);
		}

	}

	/** A valid attachSource request, which writes if it is ever carried out. */
	static String valid() {
		return new String(GraphQlHttp.body("attachSource", variables(Known.EXCERPT)), StandardCharsets.UTF_8);
	}

	private static Map<String, Object> variables(String excerpt) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("id", "420503");
		variables.put("source", Map.of("document", Known.DOCUMENT, "excerpt", excerpt));
		return variables;
	}

	static List<BadRequest> all(RandomGenerator random, int truncations) {
		List<BadRequest> requests = new ArrayList<>();
		requests.addAll(malformed(random, truncations));
		requests.addAll(mistyped());
		requests.addAll(oversize());
		requests.addAll(mediaTypes());
		return requests;
	}

	/**
	 * Problems with an answer: a status other than expected, 5xx, a 400 with a blank
	 * body, a 200 without GraphQL errors, internals in the body, or a write.
	 */
	static List<Problem> judge(BadRequest request, GraphQlHttp.Reply reply, boolean wrote) {
		List<Problem> problems = new ArrayList<>();
		if (wrote) {
			problems.add(new Problem("wrote to the graph", reply.summary()));
		}
		if (!request.statuses().contains(reply.status())) {
			problems.add(new Problem("answered HTTP " + reply.status() + ", expected one of " + request.statuses(),
					reply.summary()));
		}
		if (reply.status() == 400 && reply.body().isBlank()) {
			problems.add(new Problem("400 with a blank body: nothing says what was wrong", reply.summary()));
		}
		if (reply.status() == 200 && GraphQlHttp.list(reply.at("errors")).isEmpty()
				&& GraphQlHttp.list(reply.at("data", "attachSource", "errors")).isEmpty()) {
			problems.add(new Problem("200 without GraphQL errors", reply.summary()));
		}
		Refusal.leak(reply.body())
			.ifPresent((leak) -> problems.add(new Problem("the answer shows internals: " + leak, reply.summary())));
		return problems;
	}

	private static List<BadRequest> malformed(RandomGenerator random, int truncations) {
		String valid = valid();
		byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
		List<BadRequest> requests = new ArrayList<>();
		for (int i = 0; i < truncations; i++) {
			int cut = 1 + random.nextInt(bytes.length - 1);
			requests.add(new BadRequest("JSON cut after " + cut + " bytes", "POST", GraphQlHttp.JSON,
					GraphQlHttp.GRAPHQL_RESPONSE, Arrays.copyOf(bytes, cut), false, BAD_REQUEST));
		}
		for (String body : List.of("", "null", "hello", "<graphql/>", "query=mutation", "{'query': 'x'}", "NaN",
				"\u0000", valid.replace("\"query\"", "query"), valid.substring(0, valid.length() - 1) + ",}",
				valid + " trailing", valid + valid, "[" + valid + "," + valid + "]", "[" + valid + "]", "[]")) {
			requests.add(BadRequest.json("not one JSON request object: " + Json.visible(body), body, BAD_REQUEST));
		}
		return requests;
	}

	/** A query or variables of the wrong JSON type. */
	private static List<BadRequest> mistyped() {
		String document = Json.write(GraphQlHttp.document("attachSource"));
		String variables = Json.write(variables(Known.EXCERPT));
		List<BadRequest> requests = new ArrayList<>();
		for (String query : List.of("{\"query\":{\"text\":" + document + "}}", "{\"query\":[" + document + "]}",
				"{\"query\":null}", "{\"query\":42}", "{\"query\":true}", "{}", "{\"variables\":" + variables + "}")) {
			requests.add(BadRequest.json("query missing or not a string: " + Json.visible(query), query, BAD_REQUEST));
		}
		for (String value : List.of(Json.write(variables), "[" + variables + "]", "42", "true", "\"\"")) {
			String body = "{\"query\":" + document + ",\"variables\":" + value + "}";
			requests.add(BadRequest.json("variables not an object: " + Json.visible(value), body, BAD_REQUEST));
		}
		String unknown = "{\"query\":" + document + ",\"operationName\":\"noSuchOperation\",\"variables\":" + variables
				+ "}";
		requests.add(BadRequest.json("an operation the document does not have", unknown, Set.of(400, 200)));
		return requests;
	}

	private static List<BadRequest> oversize() {
		byte[] body = GraphQlHttp.body("attachSource", variables("长".repeat(30_000)));
		return List.of(
				new BadRequest("over the size limit", "POST", GraphQlHttp.JSON, GraphQlHttp.JSON, body, false,
						Set.of(413)),
				new BadRequest("over the size limit, sent without a Content-Length", "POST", GraphQlHttp.JSON,
						GraphQlHttp.JSON, body, true, Set.of(413)));
	}

	private static List<BadRequest> mediaTypes() {
		byte[] valid = valid().getBytes(StandardCharsets.UTF_8);
		byte[] form = ("query=" + URLEncoder.encode(GraphQlHttp.document("attachSource"), StandardCharsets.UTF_8))
			.getBytes(StandardCharsets.UTF_8);
		List<BadRequest> requests = new ArrayList<>();
		for (String type : List.of("text/plain", "application/xml", "text/html", "multipart/form-data; boundary=x",
				"application/octet-stream", "application/", "json")) {
			requests
				.add(new BadRequest("Content-Type " + type, "POST", type, GraphQlHttp.JSON, valid, false, MEDIA_TYPE));
		}
		requests.add(new BadRequest("a form post", "POST", "application/x-www-form-urlencoded", GraphQlHttp.JSON, form,
				false, MEDIA_TYPE));
		requests.add(new BadRequest("no Content-Type", "POST", null, GraphQlHttp.JSON, valid, false, MEDIA_TYPE));
		byte[] harmless = GraphQlHttp.body("attachSource", Map.of("id", "no-such-fuzz-node", "source",
				Map.of("document", Known.DOCUMENT, "excerpt", Known.EXCERPT)));
		for (String accept : List.of("image/png", "text/html", "application/xml")) {
			requests.add(new BadRequest("Accept " + accept, "POST", GraphQlHttp.JSON, accept, harmless, false,
					Set.of(406, 200, 400)));
		}
		return requests;
	}

}
