package org.pairingatlas.base.graphql.compiled;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The parameters and variable names of one compiled statement as it is built. Templates
 * name the node they start from {@code {node}}, the node they reach {@code {to}}, a field
 * argument {@code {$name}} and any other variable {@code {name}}; every variable gets a
 * name of its own in the statement, so nested templates never capture each other's
 * variables.
 */
final class Statement {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\$?)([A-Za-z_][A-Za-z0-9_]*)\\}");

	private final Map<String, @Nullable Object> parameters = new HashMap<>();

	private int names;

	Statement(Map<String, Object> callerParameters) {
		this.parameters.putAll(callerParameters);
	}

	/** A variable name no other part of the statement uses. */
	String fresh(String base) {
		return "c_" + base + "_" + this.names++;
	}

	/** Binds a value and returns its placeholder. */
	String parameter(@Nullable Object value) {
		String name = "c_" + this.names++;
		this.parameters.put(name, (value instanceof Enum<?> constant) ? constant.name() : value);
		return "$" + name;
	}

	/**
	 * A template with its placeholders replaced: those in {@code names} by their names,
	 * arguments by parameters bound to their values, any other by a fresh variable (added
	 * to {@code names}, so a second template of the same field shares it).
	 */
	String render(String template, Map<String, String> names, Map<String, ?> arguments) {
		Matcher placeholder = PLACEHOLDER.matcher(template);
		StringBuilder rendered = new StringBuilder(template.length() + 32);
		while (placeholder.find()) {
			String name = placeholder.group(2);
			String replacement;
			if (placeholder.group(1).isEmpty()) {
				replacement = names.computeIfAbsent(name, this::fresh);
			}
			else {
				replacement = names.computeIfAbsent("$" + name, (key) -> parameter(arguments.get(name)));
			}
			placeholder.appendReplacement(rendered, Matcher.quoteReplacement(replacement));
		}
		placeholder.appendTail(rendered);
		return rendered.toString();
	}

	Map<String, @Nullable Object> parameters() {
		return this.parameters;
	}

}
