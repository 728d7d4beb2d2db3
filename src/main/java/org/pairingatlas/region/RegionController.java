package org.pairingatlas.region;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL look-up of regions and their hierarchy.
 */
@Controller
class RegionController {

	private final Regions regions;

	RegionController(Regions regions) {
		this.regions = regions;
	}

	@QueryMapping
	@Nullable Region region(@Argument String code) {
		return this.regions.byKey(code).orElse(null);
	}

	@BatchMapping
	Map<Region, Region> parent(List<Region> regions) {
		Map<String, Region> parents = this.regions.parentsOf(regions.stream().map(Region::key).toList());
		Map<Region, Region> result = new java.util.HashMap<>();
		regions.forEach((region) -> {
			Region parent = parents.get(region.key());
			if (parent != null) {
				result.put(region, parent);
			}
		});
		return result;
	}

	@SchemaMapping
	List<Region> ancestors(Region region) {
		return this.regions.ancestorsOf(region.key());
	}

	@SchemaMapping
	List<Region> children(Region region) {
		return this.regions.childrenOf(region.key());
	}

}
