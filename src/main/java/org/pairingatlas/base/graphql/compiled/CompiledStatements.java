package org.pairingatlas.base.graphql.compiled;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.execution.ExecutionStepInfo;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;

/**
 * Statements compiled once per document: a partner's registered document (or any other
 * kept parsed, {@code ParsedDocuments}) arrives as the same parsed document every time,
 * so the statement built for a field of it the first time is kept with that document and
 * only bound again to the next request's arguments and caller. A statement is kept for
 * the field's place in the operation (its path, with the type of each object on it) and
 * the values of the document's Boolean variables, among them those that decide
 * {@code @skip} and {@code @include}: together they fix the selection below the field, so
 * they fix the statement. A selection that does not compile is kept as such too, and
 * answered by the data fetchers without trying again.
 */
final class CompiledStatements {

	/** Most statements kept for one document (a document has a few fields compiled). */
	private static final int MOST_PER_DOCUMENT = 256;

	private final Cache<Document, Kept> documents;

	private final CallerParameters caller;

	private final boolean keeping;

	private final LongAdder compilations = new LongAdder();

	/**
	 * @param size most documents whose statements are kept; 0 keeps none (every request
	 * compiled again)
	 */
	CompiledStatements(CallerParameters caller, int size) {
		this.caller = caller;
		this.keeping = size > 0;
		this.documents = Caffeine.newBuilder().weakKeys().maximumSize(Math.max(size, 1)).build();
	}

	/**
	 * The statement for the current field: {@code compilation} over {@code fields} (the
	 * selection it compiles, for binding arguments again) the first time, the kept one
	 * bound to this request after; null when the selection does not compile.
	 * {@code entry} names what is compiled, so that two compilations of one field are
	 * kept apart.
	 */
	@Nullable Ready statement(DataFetchingEnvironment environment, String entry, List<SelectedField> fields,
			Compilation compilation) {
		if (!this.keeping) {
			return compile(compilation).ready;
		}
		Kept kept = this.documents.get(environment.getDocument(), Kept::new);
		String key = kept.key(environment, entry);
		Compiled compiled = kept.statements.get(key);
		if (compiled != null) {
			return compiled.bind(environment, fields, this.caller.callerParameters());
		}
		Fresh fresh = compile(compilation);
		compiled = Compiled.of(fresh, fields);
		if (compiled != null && kept.statements.size() < MOST_PER_DOCUMENT) {
			kept.statements.putIfAbsent(key, compiled);
		}
		return fresh.ready;
	}

	/** How many statements were compiled since start, for tests of what is kept. */
	long compilations() {
		return this.compilations.sum();
	}

	private Fresh compile(Compilation compilation) {
		this.compilations.increment();
		Statement statement = new Statement(this.caller.callerParameters());
		try {
			String text = compilation.compile(statement);
			return new Fresh(new Ready(text, statement.parameters()), statement.bound());
		}
		catch (NotCompiled ex) {
			return new Fresh(null, List.of());
		}
	}

	/** Builds a statement's text, binding its parameters in {@code statement}. */
	@FunctionalInterface
	interface Compilation {

		String compile(Statement statement) throws NotCompiled;

	}

	/** A statement ready to run: its text and its parameters. */
	record Ready(String text, Map<String, @Nullable Object> parameters) {
	}

	private record Fresh(@Nullable Ready ready, List<Statement.Bound> bound) {
	}

	/**
	 * A kept statement: its text (null when the selection does not compile) and, per
	 * parameter, where to read its value in the next request.
	 */
	private record Compiled(@Nullable String text, List<Binding> bindings) {

		static @Nullable Compiled of(Fresh fresh, List<SelectedField> fields) {
			if (fresh.ready == null) {
				return new Compiled(null, List.of());
			}
			Map<SelectedField, int[]> places = new IdentityHashMap<>();
			place(fields, new int[0], places);
			List<Binding> bindings = new ArrayList<>(fresh.bound.size());
			for (Statement.Bound bound : fresh.bound) {
				int @Nullable [] place = null;
				if (bound.field() != null) {
					place = places.get(bound.field());
					if (place == null) {
						return null;
					}
				}
				bindings.add(new Binding(bound.name(), place, bound.argument(), bound.value()));
			}
			return new Compiled(fresh.ready.text(), List.copyOf(bindings));
		}

		@Nullable Ready bind(DataFetchingEnvironment environment, List<SelectedField> fields,
				Map<String, Object> callerParameters) {
			if (this.text == null) {
				return null;
			}
			Map<String, @Nullable Object> parameters = new HashMap<>(callerParameters);
			for (Binding binding : this.bindings) {
				parameters.put(binding.name, binding.value(environment, fields));
			}
			return new Ready(this.text, parameters);
		}

		/** Each field of the selection by its place: its index at each level down. */
		private static void place(List<SelectedField> fields, int[] above, Map<SelectedField, int[]> places) {
			for (int i = 0; i < fields.size(); i++) {
				int[] place = Arrays.copyOf(above, above.length + 1);
				place[above.length] = i;
				places.put(fields.get(i), place);
				place(fields.get(i).getSelectionSet().getImmediateFields(), place, places);
			}
		}

	}

	/**
	 * Where a parameter's value comes from: an argument of the field at {@code place} in
	 * the selection, an argument of the field compiled (no place), or {@code value}.
	 */
	private record Binding(String name, int @Nullable [] place, @Nullable String argument, @Nullable Object value) {

		@Nullable Object value(DataFetchingEnvironment environment, List<SelectedField> fields) {
			if (this.argument == null) {
				return this.value;
			}
			if (this.place == null) {
				return Statement.bindable(environment.getArgument(this.argument));
			}
			SelectedField field = fields.get(this.place[0]);
			for (int level = 1; level < this.place.length; level++) {
				field = field.getSelectionSet().getImmediateFields().get(this.place[level]);
			}
			return Statement.bindable(field.getArguments().get(this.argument));
		}

	}

	/** The statements kept for one document. */
	private static final class Kept {

		private final Map<String, Compiled> statements = new ConcurrentHashMap<>();

		/**
		 * The document's Boolean variables: {@code @skip} and {@code @include} read only
		 * those, and which of them they read does not matter, as keeping a statement per
		 * value of a variable that decides nothing is only a few statements more.
		 */
		private final List<String> deciding;

		Kept(Document document) {
			this.deciding = document.getDefinitionsOfType(OperationDefinition.class)
				.stream()
				.flatMap((operation) -> operation.getVariableDefinitions().stream())
				.filter((variable) -> isBoolean(variable.getType()))
				.map(VariableDefinition::getName)
				.distinct()
				.sorted()
				.toList();
		}

		private static boolean isBoolean(Type<?> type) {
			return (type instanceof NonNullType required) ? isBoolean(required.getType())
					: type instanceof TypeName name && "Boolean".equals(name.getName());
		}

		String key(DataFetchingEnvironment environment, String entry) {
			StringBuilder key = new StringBuilder(entry).append('|')
				.append(environment.getOperationDefinition().getName())
				.append('|');
			for (ExecutionStepInfo step = environment.getExecutionStepInfo(); step != null
					&& step.getParent() != null; step = step.getParent()) {
				if (!step.getPath().isListSegment()) {
					key.append(step.getObjectType().getName()).append('.').append(step.getResultKey()).append('/');
				}
			}
			for (String variable : this.deciding) {
				key.append('|').append(environment.getVariables().get(variable));
			}
			return key.toString();
		}

	}

}
