package org.pairingatlas.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
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

	OrganisationController(Organisations organisations) {
		this.organisations = organisations;
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
