package org.pairingatlas.base.graphql.compiled;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;

/**
 * The parameters and variable names of one compiled statement as it is built. Templates
 * name the node they start from {@code {node}}, the node they reach {@code {to}}, a field
 * argument {@code {$name}} and any other variable {@code {name}}; every variable gets a
 * name of its own in the statement, so nested templates never capture each other's
 * variables. Each parameter remembers where its value came from ({@link #bound()}), so
 * the statement can be kept and bound again for the next request of the same document.
 */
final class Statement {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\$?)([A-Za-z_][A-Za-z0-9_]*)\\}");

	private final Map<String, @Nullable Object> parameters = new HashMap<>();

	private final List<Bound> bound = new ArrayList<>();

	private int names;

	Statement(Map<String, Object> callerParameters) {
		this.parameters.putAll(callerParameters);
	}

	/** A variable name no other part of the statement uses. */
	String fresh(String base) {
		return "c_" + base + "_" + this.names++;
	}

	/** Binds a value that is the same for every request, and returns its placeholder. */
	String parameter(@Nullable Object value) {
		return bind(new Bound(next(), null, null, bindable(value)));
	}

	/**
	 * Binds the value of an argument of the field compiled (not of a field in its
	 * selection), and returns its placeholder.
	 */
	String argument(String name, @Nullable Object value) {
		return bind(new Bound(next(), null, name, bindable(value)));
	}

	/**
	 * A template with its placeholders replaced: those in {@code names} by their names,
	 * arguments by parameters bound to their values, any other by a fresh variable (added
	 * to {@code names}, so a second template of the same field shares it).
	 */
	String render(String template, Map<String, String> names, Map<String, ?> arguments) {
		return render(template, names, arguments, null);
	}

	/**
	 * As {@link #render(String, Map, Map)}, with the arguments of this selected field.
	 */
	String render(String template, Map<String, String> names, SelectedField field) {
		return render(template, names, field.getArguments(), field);
	}

	private String render(String template, Map<String, String> names, Map<String, ?> arguments,
			@Nullable SelectedField field) {
		Matcher placeholder = PLACEHOLDER.matcher(template);
		StringBuilder rendered = new StringBuilder(template.length() + 32);
		while (placeholder.find()) {
			String name = placeholder.group(2);
			String replacement;
			if (placeholder.group(1).isEmpty()) {
				replacement = names.computeIfAbsent(name, this::fresh);
			}
			else {
				replacement = names.computeIfAbsent("$" + name,
						(key) -> bind((field != null) ? new Bound(next(), field, name, bindable(arguments.get(name)))
								: new Bound(next(), null, null, bindable(arguments.get(name)))));
			}
			placeholder.appendReplacement(rendered, Matcher.quoteReplacement(replacement));
		}
		placeholder.appendTail(rendered);
		return rendered.toString();
	}

	Map<String, @Nullable Object> parameters() {
		return this.parameters;
	}

	/** Every parameter bound so far, in the order it was bound. */
	List<Bound> bound() {
		return this.bound;
	}

	private String next() {
		return "c_" + this.names++;
	}

	private String bind(Bound parameter) {
		this.bound.add(parameter);
		this.parameters.put(parameter.name(), parameter.value());
		return "$" + parameter.name();
	}

	/** A value as Cypher takes it: an enumeration constant by its name. */
	static @Nullable Object bindable(@Nullable Object value) {
		return (value instanceof Enum<?> constant) ? constant.name() : value;
	}

	/**
	 * A parameter and where its value comes from: an argument of a field in the selection
	 * ({@code field} and {@code argument}), an argument of the field compiled
	 * ({@code argument} only), or neither ({@code value}, the same for every request).
	 */
	record Bound(String name, @Nullable SelectedField field, @Nullable String argument, @Nullable Object value) {
	}

}
