package org.pairingatlas.base.graphql.compiled;

import java.util.Collection;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Answers look-ups with one statement each, and compiles the items of the features'
 * lists, from the request's selection set. A request can ask for the ordinary data
 * fetchers instead by putting {@link #BATCH_LOADED} in its GraphQL context (tests compare
 * the two answers that way).
 */
public final class CompiledReads {

	/** GraphQL context key: when true, nothing in the request is compiled. */
	public static final String BATCH_LOADED = "pairing-atlas.batch-loaded";

	private final SelectionCompiler compiler;

	private final Neo4jClient client;

	private final CompiledStatements statements;

	private final boolean enabled;

	CompiledReads(SelectionCompiler compiler, Neo4jClient client, CompiledStatements statements, boolean enabled) {
		this.compiler = compiler;
		this.client = client;
		this.statements = statements;
		this.enabled = enabled;
	}

	/**
	 * Whether reads are compiled at all ({@code pairing-atlas.graphql.compiled-reads}).
	 */
	boolean enabled() {
		return this.enabled;
	}

	/**
	 * The selection at {@code path} below the current field (for a connection,
	 * {@code edges/node}) compiled over {@code variable}; null when a field in it has no
	 * projection, when it is selected more than once, or when the request asked for batch
	 * loading.
	 */
	public @Nullable CompiledNodes nodes(DataFetchingEnvironment environment, String path, String variable) {
		return nodes(environment, path, variable, null);
	}

	/**
	 * As {@link #nodes(DataFetchingEnvironment, String, String)}, for items of an
	 * interface type known to be nodes of these labels only (what a search can find).
	 */
	public @Nullable CompiledNodes nodes(DataFetchingEnvironment environment, String path, String variable,
			@Nullable Collection<String> labels) {
		if (batchLoaded(environment)) {
			return null;
		}
		List<SelectedField> items = environment.getSelectionSet().getFields(path);
		if (items.size() != 1) {
			return null;
		}
		SelectedField item = items.get(0);
		List<SelectedField> fields = item.getSelectionSet().getImmediateFields();
		return compiled(environment, "nodes " + path + " " + variable + " " + labels, fields,
				(statement) -> this.compiler.project(variable, item.getType(), fields, statement,
						environment.getGraphQLSchema(), labels));
	}

	/**
	 * The current field's own selection, a list of nodes, compiled over {@code variable};
	 * null as for {@link #nodes(DataFetchingEnvironment, String, String)}.
	 */
	public @Nullable CompiledNodes items(DataFetchingEnvironment environment, String variable) {
		if (batchLoaded(environment)) {
			return null;
		}
		List<SelectedField> fields = environment.getSelectionSet().getImmediateFields();
		return compiled(environment, "items " + variable, fields, (statement) -> this.compiler.project(variable,
				environment.getFieldType(), fields, statement, environment.getGraphQLSchema()));
	}

	/**
	 * The expression {@code compilation} builds over these fields; null if it does not.
	 */
	private @Nullable CompiledNodes compiled(DataFetchingEnvironment environment, String entry,
			List<SelectedField> fields, CompiledStatements.Compilation compilation) {
		CompiledStatements.Ready ready = this.statements.statement(environment, entry, fields, compilation);
		return (ready != null) ? new CompiledNodes(ready.text(), ready.parameters()) : null;
	}

	boolean batchLoaded(DataFetchingEnvironment environment) {
		return !this.enabled || Boolean.TRUE.equals(environment.getGraphQlContext().get(BATCH_LOADED));
	}

	/**
	 * The node of {@code label} whose key is the field's {@code argument}, with the whole
	 * selection below it: a row, null when there is none the caller may see, or a row
	 * marked uncompiled when its type has no projection.
	 */
	@Nullable Object lookUp(DataFetchingEnvironment environment, String argument, String label) {
		List<SelectedField> fields = environment.getSelectionSet().getImmediateFields();
		CompiledStatements.Ready ready = this.statements.statement(environment, "look-up " + argument + " " + label,
				fields, (statement) -> lookUpStatement(environment, argument, label, fields, statement));
		if (ready == null) {
			throw new NotCompiled(environment.getField().getName());
		}
		return this.client.query(ready.text())
			.bindAll(ready.parameters())
			.fetch()
			.one()
			.map((row) -> CompiledRow.wrap(row.get("row")))
			.orElse(null);
	}

	private String lookUpStatement(DataFetchingEnvironment environment, String argument, String label,
			List<SelectedField> fields, Statement statement) {
		String node = statement.fresh("n");
		String key = statement.argument(argument, environment.getArgument(argument));
		GraphQLNamedOutputType type = (GraphQLNamedOutputType) GraphQLTypeUtil.unwrapAll(environment.getFieldType());
		StringBuilder cypher = new StringBuilder("MATCH (").append(node)
			.append(':')
			.append(label)
			.append(" {key: ")
			.append(key)
			.append("})");
		if (type instanceof GraphQLObjectType object) {
			TypeProjection projection = this.compiler.projection(object.getName());
			if (projection == null) {
				throw new NotCompiled(object.getName());
			}
			cypher.append(" WHERE ")
				.append(this.compiler.visible(projection, node, statement))
				.append(" RETURN ")
				.append(this.compiler.project(node, object, fields, statement, environment.getGraphQLSchema()));
		}
		else if (type instanceof GraphQLInterfaceType face) {
			cypher.append(" RETURN ")
				.append(this.compiler.projectFound(node, face, fields, statement, environment.getGraphQLSchema()));
		}
		else {
			throw new NotCompiled(type.getName());
		}
		return cypher.append(" AS row LIMIT 1").toString();
	}

	/** The statements kept per document. */
	CompiledStatements statements() {
		return this.statements;
	}

	/** Every projected type, for the fetchers the configuration wraps. */
	Collection<TypeProjection> projections() {
		return this.compiler.projections();
	}

}
