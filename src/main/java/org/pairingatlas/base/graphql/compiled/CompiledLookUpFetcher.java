package org.pairingatlas.base.graphql.compiled;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * A root look-up answered by one compiled statement; by its own data fetcher when the
 * selection has a field no projection declares, when the node found is of a type without
 * one, or when the request asked for batch loading.
 */
final class CompiledLookUpFetcher implements DataFetcher<@Nullable Object> {

	private final DataFetcher<?> fetcher;

	private final CompiledReads reads;

	private final String argument;

	private final String label;

	CompiledLookUpFetcher(DataFetcher<?> fetcher, CompiledReads reads, String argument, String label) {
		this.fetcher = fetcher;
		this.reads = reads;
		this.argument = argument;
		this.label = label;
	}

	@Override
	public @Nullable Object get(DataFetchingEnvironment environment) throws Exception {
		if (this.reads.batchLoaded(environment)) {
			return this.fetcher.get(environment);
		}
		Object found;
		try {
			found = this.reads.lookUp(environment, this.argument, this.label);
		}
		catch (NotCompiled ex) {
			return this.fetcher.get(environment);
		}
		if (found instanceof CompiledRow row && row.uncompiled()) {
			return this.fetcher.get(environment);
		}
		return found;
	}

}
