package org.pairingatlas.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.Connection;
import org.pairingatlas.base.graphql.Page;
import org.pairingatlas.base.graphql.compiled.CompiledNodes;
import org.pairingatlas.base.graphql.compiled.CompiledReads;
import org.pairingatlas.region.Region;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL look-up of organisations.
 */
@Controller
class OrganisationController {

	private final Organisations organisations;

	private final OrganisationSearch search;

	private final CompiledReads reads;

	OrganisationController(Organisations organisations, OrganisationSearch search, CompiledReads reads) {
		this.organisations = organisations;
		this.search = search;
		this.reads = reads;
	}

	@QueryMapping
	Connection<?> organisations(@Argument OrganisationSearch.@Nullable OrganisationFilter filter, @Argument String sort,
			@Argument @Nullable Integer first, @Argument @Nullable String after, @Argument @Nullable Integer last,
			@Argument @Nullable String before, DataFetchingEnvironment environment) {
		OrganisationSearch.OrganisationFilter given = (filter != null) ? filter
				: OrganisationSearch.OrganisationFilter.NONE;
		Page page = Page.of(first, after, last, before);
		CompiledNodes nodes = this.reads.nodes(environment, "edges/node", "o");
		return (nodes != null) ? this.search.find(given, sort, page, nodes) : this.search.find(given, sort, page);
	}

	@QueryMapping
	@Nullable Organisation organisation(@Argument String key) {
		return this.organisations.byKey(key).orElse(null);
	}

	@BatchMapping
	Map<Organisation, Region> region(List<Organisation> organisations) {
		Map<String, Region> regions = this.organisations
			.regionsOf(organisations.stream().map(Organisation::key).toList());
		Map<Organisation, Region> result = new HashMap<>();
		organisations.forEach((organisation) -> {
			Region region = regions.get(organisation.key());
			if (region != null) {
				result.put(organisation, region);
			}
		});
		return result;
	}

}
