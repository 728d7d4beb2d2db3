package org.pairingatlas.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Judges how a corrupted request was answered. It passes when the request is refused
 * clearly and harmlessly: HTTP 200 or 400 (413 when over the size limit), never 5xx;
 * errors at the top level naming the corrupted input, or payload errors (UserError)
 * naming a corrupted field with a known code; messages without Java class names, stack
 * frames or Cypher; and nothing written.
 */
final class Refusal {

	static final Set<String> CODES = Set.of("INVALID", "UNKNOWN_ID", "DUPLICATE", "CONFLICT", "SELF_PAIRING",
			"END_BEFORE_START", "SPLIT_MISMATCH", "FORBIDDEN", "NOT_IN_SOURCE");

	/** What an error message for a user must not contain: internals. */
	private static final List<String> LEAKS = List.of("Exception", "\tat ", "at org.", "at java.", "java.", "javax.",
			"jakarta.", "org.neo4j", "org.springframework", "org.apache", "graphql.execution", "graphql.schema",
			"Cypher", "Neo.ClientError", "Neo.DatabaseError", "Neo.TransientError", "NullPointer", "null pointer");

	/** Java classes graphql-java names when a value has the wrong type. */
	private static final List<String> JAVA_CLASSES = List.of("'LinkedHashMap'", "'HashMap'", "'ArrayList'", "'ListN'",
			"'List12'", "'MapN'", "'Map1'", "'Double'", "'Long'", "'BigInteger'", "'BigDecimal'", "LinkedHashMap",
			"ArrayList");

	private Refusal() {
	}

	static List<Problem> judge(MutationSpec spec, Corruption corruption, GraphQlHttp.Reply reply, boolean wrote) {
		List<Problem> problems = new ArrayList<>();
		if (wrote) {
			problems.add(new Problem("wrote to the graph", reply.summary()));
		}
		if (reply.status() >= 500 || reply.status() < 0) {
			problems.add(new Problem("answered HTTP " + reply.status(), reply.summary()));
		}
		else if (reply.requestBytes() > GraphQlHttp.LIMIT) {
			oversize(reply, problems);
		}
		else {
			answer(spec, corruption, reply, problems);
		}
		return problems;
	}

	private static void oversize(GraphQlHttp.Reply reply, List<Problem> problems) {
		if (reply.status() != 413) {
			problems.add(new Problem("a request over the size limit was not refused with 413", reply.summary()));
		}
		else if (!reply.body().contains("larger than the limit")) {
			problems.add(new Problem("413 without saying why", reply.summary()));
		}
	}

	private static void answer(MutationSpec spec, Corruption corruption, GraphQlHttp.Reply reply,
			List<Problem> problems) {
		if (reply.status() != 200 && reply.status() != 400) {
			problems.add(new Problem("answered HTTP " + reply.status() + " (expected 200 or 400)", reply.summary()));
		}
		if (!(reply.json() instanceof Map<?, ?>)) {
			problems.add(new Problem("the answer is not a JSON object", reply.summary()));
			return;
		}
		List<?> top = GraphQlHttp.list(reply.at("errors"));
		Object payload = reply.at("data", spec.name());
		if (!top.isEmpty()) {
			topLevel(corruption, top, payload, spec, problems);
		}
		else if (payload instanceof Map<?, ?> fields) {
			payload(spec, corruption, fields, problems);
		}
		else {
			problems.add(new Problem("neither errors nor a payload", reply.summary()));
		}
	}

	private static void topLevel(Corruption corruption, List<?> errors, Object payload, MutationSpec spec,
			List<Problem> problems) {
		if (payload instanceof Map<?, ?> fields && fields.get(spec.entity()) != null) {
			problems.add(new Problem("top-level errors, yet the entity was returned", String.valueOf(payload)));
		}
		boolean named = false;
		for (Object error : errors) {
			Map<?, ?> e = (error instanceof Map<?, ?> map) ? map : Map.of();
			String message = String.valueOf(e.get("message"));
			message(message, problems);
			if (e.get("extensions") instanceof Map<?, ?> extensions
					&& "INTERNAL_ERROR".equals(extensions.get("classification"))) {
				problems.add(new Problem("an internal error for a user's mistake", message));
			}
			named |= corruption.values().keySet().stream().anyMatch((path) -> names(message, path));
		}
		if (!named) {
			problems.add(new Problem("no top-level error names the corrupted input", errors.toString()));
		}
	}

	/** Whether a message names the variable a path is in, or the field at its end. */
	private static boolean names(String message, String path) {
		return message.contains("'" + Paths.root(path) + "'") || message.contains("'" + Paths.leaf(path) + "'")
				|| message.contains(Paths.leaf(path) + " ");
	}

	private static void payload(MutationSpec spec, Corruption corruption, Map<?, ?> fields, List<Problem> problems) {
		List<?> errors = GraphQlHttp.list(fields.get("errors"));
		if (errors.isEmpty()) {
			problems.add(new Problem("accepted: no error", "returned " + fields.get(spec.entity())));
			return;
		}
		if (fields.get(spec.entity()) != null) {
			problems.add(new Problem("refused, yet the entity was returned", String.valueOf(fields)));
		}
		for (Object error : errors) {
			Map<?, ?> e = (error instanceof Map<?, ?> map) ? map : Map.of();
			String field = String.valueOf(e.get("field"));
			String message = String.valueOf(e.get("message"));
			if (!CODES.contains(String.valueOf(e.get("code")))) {
				problems.add(new Problem("an error code the schema does not list", e.toString()));
			}
			if (!corruption.blames(field, spec.prefix())) {
				problems.add(new Problem("an error names a field that was not corrupted", field + ": " + message));
			}
			message(message, problems);
		}
	}

	private static void message(String message, List<Problem> problems) {
		if (message.isBlank() || "null".equals(message)) {
			problems.add(new Problem("an error without a message", message));
		}
		leak(message).ifPresent((leak) -> problems.add(new Problem("a message shows internals: " + leak, message)));
		javaClass(message)
			.ifPresent((name) -> problems.add(new Problem("a message names a Java class: " + name, message)));
	}

	/** The first piece of internals a message shows, if any. */
	static Optional<String> leak(String message) {
		return LEAKS.stream().filter(message::contains).findFirst();
	}

	static Optional<String> javaClass(String message) {
		return JAVA_CLASSES.stream().filter(message::contains).findFirst();
	}

}
