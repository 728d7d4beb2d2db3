package org.pairingatlas.base.graphql.compiled;

import java.util.function.Function;
import java.util.function.Supplier;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import org.jspecify.annotations.Nullable;

/**
 * A field of a projected type: read from the compiled row when its parent came from a
 * compiled statement, otherwise fetched as before.
 */
class CompiledFieldFetcher implements DataFetcher<@Nullable Object> {

	private final DataFetcher<?> fetcher;

	private final @Nullable Function<Object, Object> adapter;

	CompiledFieldFetcher(DataFetcher<?> fetcher, @Nullable Function<Object, Object> adapter) {
		this.fetcher = fetcher;
		this.adapter = adapter;
	}

	/** Wraps a fetcher, keeping a light one (a property read) light. */
	static DataFetcher<?> of(DataFetcher<?> fetcher, @Nullable Function<Object, Object> adapter) {
		return (fetcher instanceof LightDataFetcher<?> light) ? new Light(light, adapter)
				: new CompiledFieldFetcher(fetcher, adapter);
	}

	@Override
	public @Nullable Object get(DataFetchingEnvironment environment) throws Exception {
		if (environment.getSource() instanceof CompiledRow row) {
			return read(row, environment);
		}
		return this.fetcher.get(environment);
	}

	@Nullable Object read(CompiledRow row, DataFetchingEnvironment environment) {
		Object value = row.values().get(environment.getField().getResultKey());
		if (value == null) {
			return null;
		}
		return (this.adapter != null) ? this.adapter.apply(value) : CompiledRow.wrap(value);
	}

	static final class Light extends CompiledFieldFetcher implements LightDataFetcher<@Nullable Object> {

		private final LightDataFetcher<?> light;

		Light(LightDataFetcher<?> light, @Nullable Function<Object, Object> adapter) {
			super(light, adapter);
			this.light = light;
		}

		@Override
		public @Nullable Object get(GraphQLFieldDefinition definition, Object source,
				Supplier<DataFetchingEnvironment> environment) throws Exception {
			if (source instanceof CompiledRow row) {
				return read(row, environment.get());
			}
			return this.light.get(definition, source, environment);
		}

	}

}
