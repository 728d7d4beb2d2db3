package org.pairingatlas.base.graphql;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names values as a caller wrote them in JSON, not as Java holds them: graphql-java says
 * a variable "was a 'LinkedHashMap'" where the caller sent an object.
 */
final class JsonKinds {

	private static final Map<String, String> JAVA_TO_JSON = Map.ofEntries(Map.entry("LinkedHashMap", "an object"),
			Map.entry("HashMap", "an object"), Map.entry("Map", "an object"), Map.entry("ArrayList", "a list"),
			Map.entry("List", "a list"), Map.entry("String", "a string"), Map.entry("Boolean", "a boolean"),
			Map.entry("Integer", "a whole number"), Map.entry("Long", "a whole number"),
			Map.entry("BigInteger", "a whole number"), Map.entry("Double", "a number with a fraction"),
			Map.entry("Float", "a number with a fraction"), Map.entry("BigDecimal", "a number"));

	// "Expected a String input, but it was a 'LinkedHashMap'", "Expected type 'Map' but
	// was 'ArrayList'. Variables for input objects must be an instance of type 'Map'."
	private static final Pattern QUOTED_JAVA_TYPE = Pattern.compile("(?:an? )?'("
			+ String.join("|", JAVA_TO_JSON.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList())
			+ ")'");

	private JsonKinds() {
	}

	/** The JSON kind of a value graphql-java holds. */
	static String of(Object value) {
		if (value instanceof Map<?, ?>) {
			return "an object";
		}
		if (value instanceof List<?>) {
			return "a list";
		}
		return JAVA_TO_JSON.getOrDefault(value.getClass().getSimpleName(), "a value of another kind");
	}

	/**
	 * The message with every quoted Java type name replaced by the JSON kind it holds.
	 */
	static String inJsonTerms(String message) {
		Matcher matcher = QUOTED_JAVA_TYPE.matcher(message);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(result, Matcher.quoteReplacement(JAVA_TO_JSON.get(matcher.group(1))));
		}
		matcher.appendTail(result);
		return result.toString()
			.replace("Variables for input objects must be an instance of type an object.",
					"An input object is sent as a JSON object.");
	}

}
