package org.pairingatlas.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.Connection;
import org.pairingatlas.base.graphql.Page;
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

	OrganisationController(Organisations organisations, OrganisationSearch search) {
		this.organisations = organisations;
		this.search = search;
	}

	@QueryMapping
	Connection<Organisation> organisations(@Argument OrganisationSearch.@Nullable OrganisationFilter filter,
			@Argument String sort, @Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable Integer last, @Argument @Nullable String before) {
		return this.search.find((filter != null) ? filter : OrganisationSearch.OrganisationFilter.NONE, sort,
				Page.of(first, after, last, before));
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
