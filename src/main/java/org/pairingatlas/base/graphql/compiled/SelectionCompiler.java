package org.pairingatlas.base.graphql.compiled;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;

/**
 * Turns a selection set into one Cypher expression: a map per object, with a
 * {@code COLLECT} subquery per field that reaches another type, so that however deep the
 * selection goes the answer comes back from one statement. Throws {@link NotCompiled} for
 * any field no projection declares.
 */
final class SelectionCompiler {

	private final Map<String, TypeProjection> types = new HashMap<>();

	SelectionCompiler(Collection<TypeProjection> projections) {
		projections.forEach((projection) -> this.types.merge(projection.typeName(), projection, TypeProjection::with));
	}

	/** Every projected type, each with the fields all features declare for it. */
	Collection<TypeProjection> projections() {
		return this.types.values();
	}

	@Nullable TypeProjection projection(String typeName) {
		return this.types.get(typeName);
	}

	/** The value of {@code variable}, of {@code type}, with these fields selected. */
	String project(String variable, GraphQLOutputType type, List<SelectedField> fields, Statement statement,
			GraphQLSchema schema) {
		return project(variable, type, fields, statement, schema, null);
	}

	/**
	 * The value of {@code variable}, of {@code type}, with these fields selected; when
	 * {@code labels} is given, a value of an interface or union type is known to be a
	 * node of one of them, and only the types of those labels are read.
	 */
	String project(String variable, GraphQLOutputType type, List<SelectedField> fields, Statement statement,
			GraphQLSchema schema, @Nullable Collection<String> labels) {
		GraphQLNamedOutputType named = (GraphQLNamedOutputType) GraphQLTypeUtil.unwrapAll(type);
		if (named instanceof GraphQLObjectType object) {
			return object(variable, object, fields, statement, schema);
		}
		StringBuilder cases = new StringBuilder("CASE");
		for (GraphQLObjectType possible : possibleTypes(named, schema)) {
			TypeProjection projection = this.types.get(possible.getName());
			if (labels != null
					&& (projection == null || projection.label() == null || !labels.contains(projection.label()))) {
				continue;
			}
			if (projection == null || projection.label() == null) {
				throw new NotCompiled(possible.getName());
			}
			cases.append(" WHEN ")
				.append(variable)
				.append(':')
				.append(projection.label())
				.append(" THEN ")
				.append(object(variable, possible, fields, statement, schema));
		}
		return cases.append(" END").toString();
	}

	/**
	 * The value of a node found by key as a field of an interface type: read as the type
	 * its label says when that type is projected and the caller may see it, null when the
	 * caller may not, and a row marked uncompiled for any other type.
	 */
	String projectFound(String variable, GraphQLInterfaceType type, List<SelectedField> fields, Statement statement,
			GraphQLSchema schema) {
		StringBuilder cases = new StringBuilder("CASE");
		for (GraphQLObjectType possible : schema.getImplementations(type)) {
			TypeProjection projection = this.types.get(possible.getName());
			if (projection != null && projection.label() != null) {
				cases.append(" WHEN ")
					.append(variable)
					.append(':')
					.append(projection.label())
					.append(" THEN CASE WHEN ")
					.append(visible(projection, variable, statement))
					.append(" THEN ")
					.append(object(variable, possible, fields, statement, schema))
					.append(" END");
			}
		}
		return cases.append(" ELSE {").append(CompiledRow.TYPE).append(": null} END").toString();
	}

	/** Cypher: whether the caller may see {@code variable}, a node of this type. */
	String visible(TypeProjection projection, String variable, Statement statement) {
		return statement.render(projection.visible(), nodeNamed(variable), Map.of());
	}

	private String object(String variable, GraphQLObjectType type, List<SelectedField> fields, Statement statement,
			GraphQLSchema schema) {
		TypeProjection projection = this.types.get(type.getName());
		if (projection == null) {
			throw new NotCompiled(type.getName());
		}
		StringBuilder map = new StringBuilder("{").append(CompiledRow.TYPE).append(": '").append(type.getName());
		map.append('\'');
		for (SelectedField field : fields) {
			if (field.getName().startsWith("__") || !field.getObjectTypeNames().contains(type.getName())) {
				continue;
			}
			FieldProjection declared = projection.field(field.getName());
			if (declared == null) {
				throw new NotCompiled(type.getName() + "." + field.getName());
			}
			map.append(", `").append(field.getResultKey()).append("`: ");
			switch (declared) {
				case FieldProjection.Value value ->
					map.append(statement.render(value.expression(), nodeNamed(variable), field));
				case FieldProjection.Related related ->
					map.append(related(variable, related, field, statement, schema));
				case FieldProjection.Part part -> map.append(project(variable, field.getType(),
						field.getSelectionSet().getImmediateFields(), statement, schema));
			}
		}
		return map.append('}').toString();
	}

	private String related(String variable, FieldProjection.Related related, SelectedField field, Statement statement,
			GraphQLSchema schema) {
		Map<String, String> names = nodeNamed(variable);
		String to = statement.fresh("n");
		names.put("to", to);
		String match = statement.render(related.match(), names, field);
		String order = (related.order() != null) ? " ORDER BY " + statement.render(related.order(), names, field) : "";
		String value = project(to, field.getType(), field.getSelectionSet().getImmediateFields(), statement, schema);
		String column = statement.fresh("v");
		return "COLLECT { " + match + " RETURN " + value + " AS " + column + order
				+ (related.many() ? " }" : " LIMIT 1 }[0]");
	}

	private static Map<String, String> nodeNamed(String variable) {
		Map<String, String> names = new HashMap<>();
		names.put("node", variable);
		return names;
	}

	private static List<GraphQLObjectType> possibleTypes(GraphQLNamedOutputType type, GraphQLSchema schema) {
		if (type instanceof GraphQLInterfaceType face) {
			return schema.getImplementations(face);
		}
		if (type instanceof GraphQLUnionType union) {
			return union.getTypes().stream().map(GraphQLObjectType.class::cast).toList();
		}
		throw new NotCompiled(type.getName());
	}

}
