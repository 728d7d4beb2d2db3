package org.pairingatlas.region;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.Connection;
import org.pairingatlas.base.graphql.Page;
import org.pairingatlas.base.graphql.compiled.CompiledNodes;
import org.pairingatlas.base.graphql.compiled.CompiledReads;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL look-up of regions and their hierarchy.
 */
@Controller
class RegionController {

	private final Regions regions;

	private final RegionSearch search;

	private final CompiledReads reads;

	RegionController(Regions regions, RegionSearch search, CompiledReads reads) {
		this.regions = regions;
		this.search = search;
		this.reads = reads;
	}

	@QueryMapping
	Connection<?> regions(@Argument RegionSearch.@Nullable RegionFilter filter, @Argument String sort,
			@Argument @Nullable Integer first, @Argument @Nullable String after, @Argument @Nullable Integer last,
			@Argument @Nullable String before, DataFetchingEnvironment environment) {
		RegionSearch.RegionFilter given = (filter != null) ? filter : RegionSearch.RegionFilter.NONE;
		Page page = Page.of(first, after, last, before);
		CompiledNodes nodes = this.reads.nodes(environment, "edges/node", "r");
		return (nodes != null) ? this.search.find(given, sort, page, nodes) : this.search.find(given, sort, page);
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

	@BatchMapping
	Map<Region, List<Region>> ancestors(List<Region> regions) {
		Map<String, List<Region>> found = this.regions.ancestorsOf(regions.stream().map(Region::key).toList());
		return byRegion(regions, found);
	}

	@BatchMapping
	Map<Region, List<Region>> children(List<Region> regions) {
		Map<String, List<Region>> found = this.regions.childrenOf(regions.stream().map(Region::key).toList());
		return byRegion(regions, found);
	}

	private static Map<Region, List<Region>> byRegion(List<Region> regions, Map<String, List<Region>> found) {
		Map<Region, List<Region>> result = new java.util.HashMap<>();
		regions.forEach((region) -> result.put(region, found.getOrDefault(region.key(), List.of())));
		return result;
	}

}
