package org.pairingatlas.region;

import org.pairingatlas.base.graphql.compiled.TypeProjection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How a region and its place in the hierarchy are read inside one compiled statement, in
 * the order {@link Regions} reads them: ancestors nearest first, children by key.
 */
@Configuration(proxyBeanMethods = false)
class RegionProjection {

	@Bean
	TypeProjection compiledRegion() {
		return TypeProjection.node("Region", "Region")
			.lookUp("region", "code")
			.properties("code", "name", "nameEn", "level")
			.one("parent", "MATCH ({node})-[:PART_OF]->({to}:Region)")
			.many("ancestors", "MATCH {path} = ({node})-[:PART_OF*1..5]->({to}:Region)", "length({path})")
			.many("children", "MATCH ({to}:Region)-[:PART_OF]->({node})", "{to}.key")
			.build();
	}

}
