package org.pairingatlas.base.graphql.compiled;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * How a GraphQL object type's fields are read inside one Cypher statement: each field
 * either an expression over the node or a pattern to another type, in the same words the
 * feature's own queries use (the visibility rule included). A feature declares one per
 * type it owns, as a bean; fields it leaves out are answered by its data fetchers.
 */
public final class TypeProjection {

	private final String typeName;

	private final @Nullable String label;

	private final String visible;

	private final Map<String, FieldProjection> fields;

	private final Map<String, String> lookUps;

	private TypeProjection(Builder builder) {
		this.typeName = builder.typeName;
		this.label = builder.label;
		this.visible = builder.visible;
		this.fields = Map.copyOf(builder.fields);
		this.lookUps = Map.copyOf(builder.lookUps);
	}

	/**
	 * A type whose values are nodes of this label; its {@code id} and {@code key} are the
	 * node's key, as for every type implementing {@code Node}.
	 */
	public static Builder node(String typeName, String label) {
		return new Builder(typeName, label).value("id", "{node}.key").value("key", "{node}.key");
	}

	/**
	 * A type whose values are not nodes of their own (a relationship's properties, for
	 * instance), reached only from other types; or more fields of a type another feature
	 * declares (as the schema's {@code extend type}).
	 */
	public static Builder fields(String typeName) {
		return new Builder(typeName, null);
	}

	/** This type's fields and those another declaration adds to it. */
	TypeProjection with(TypeProjection more) {
		Builder merged = new Builder(this.typeName, (this.label != null) ? this.label : more.label);
		merged.visible = "true".equals(this.visible) ? more.visible : this.visible;
		merged.fields.putAll(this.fields);
		merged.fields.putAll(more.fields);
		merged.lookUps.putAll(this.lookUps);
		merged.lookUps.putAll(more.lookUps);
		return merged.build();
	}

	String typeName() {
		return this.typeName;
	}

	@Nullable String label() {
		return this.label;
	}

	/** Cypher: whether the caller may see {@code {node}}, found by its key. */
	String visible() {
		return this.visible;
	}

	@Nullable FieldProjection field(String name) {
		return this.fields.get(name);
	}

	/**
	 * The root query fields that find one value of this type by key, and their argument.
	 */
	Map<String, String> lookUps() {
		return this.lookUps;
	}

	/** Declares a type's fields. */
	public static final class Builder {

		private final String typeName;

		private final @Nullable String label;

		private String visible = "true";

		private final Map<String, FieldProjection> fields = new HashMap<>();

		private final Map<String, String> lookUps = new HashMap<>();

		private Builder(String typeName, @Nullable String label) {
			this.typeName = typeName;
			this.label = label;
		}

		/**
		 * Who may see a node found by key, as a Cypher predicate over {@code {node}}; a
		 * node found through another type is held to the rule in that type's pattern.
		 */
		public Builder visibleWhen(String predicate) {
			this.visible = predicate;
			return this;
		}

		/** A root query field finding one node of this type by the key in an argument. */
		public Builder lookUp(String field, String argument) {
			this.lookUps.put(field, argument);
			return this;
		}

		/** A field read by an expression over {@code {node}}. */
		public Builder value(String field, String expression) {
			this.fields.put(field, new FieldProjection.Value(expression, null));
			return this;
		}

		/** Fields read from the node's property of the same name. */
		public Builder properties(String... fields) {
			for (String field : fields) {
				value(field, "{node}." + field);
			}
			return this;
		}

		/** A field read by an expression, then turned into the field's type. */
		public Builder value(String field, String expression, Function<Object, Object> adapter) {
			this.fields.put(field, new FieldProjection.Value(expression, adapter));
			return this;
		}

		/** A field holding at most one value reached by {@code match}. */
		public Builder one(String field, String match) {
			this.fields.put(field, new FieldProjection.Related(match, null, false));
			return this;
		}

		/**
		 * A field whose object is read from the same node, by the projection of the
		 * field's type.
		 */
		public Builder part(String field) {
			this.fields.put(field, new FieldProjection.Part());
			return this;
		}

		/** A field holding every value reached by {@code match}, in {@code order}. */
		public Builder many(String field, String match, String order) {
			this.fields.put(field, new FieldProjection.Related(match, order, true));
			return this;
		}

		public TypeProjection build() {
			return new TypeProjection(this);
		}

	}

}
