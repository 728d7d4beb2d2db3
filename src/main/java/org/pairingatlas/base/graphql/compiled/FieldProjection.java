package org.pairingatlas.base.graphql.compiled;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** How one field of a type is read inside a compiled statement. */
sealed interface FieldProjection {

	/**
	 * A value read from the node ({@code {node}}) by a Cypher expression, and turned into
	 * what the field's type expects by {@code adapter} when the two differ (fen into
	 * yuan, for instance).
	 */
	record Value(String expression, @Nullable Function<Object, Object> adapter) implements FieldProjection {
	}

	/**
	 * Another type reached from the node: {@code match} binds {@code {to}} from
	 * {@code {node}} (and holds the rule of who may see it), {@code order} sorts a list.
	 */
	record Related(String match, @Nullable String order, boolean many) implements FieldProjection {
	}

	/**
	 * An object read from the same node, by the projection of its own type over
	 * {@code {node}}: a programme's counts.
	 */
	record Part() implements FieldProjection {
	}

}
