package org.pairingatlas.organisation;

import org.pairingatlas.base.graphql.compiled.TypeProjection;
import org.pairingatlas.security.Visibility;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How an organisation is read inside one compiled statement, with the defaults
 * {@link Organisation#of} gives a node's missing properties.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationProjection {

	@Bean
	TypeProjection compiledOrganisation() {
		return TypeProjection.node("Organisation", "Organisation")
			.lookUp("organisation", "key")
			.visibleWhen(Visibility.rule("{node}"))
			.properties("name", "nameEn", "kind", "creditCode", "endDate", "note")
			.value("status", "coalesce({node}.status, 'active')")
			.value("confirmed", "coalesce({node}.confirmed, true)")
			.value("version", "coalesce({node}.version, 0)")
			.one("region", "MATCH ({node})-[:LOCATED_IN]->({to}:Region)")
			.build();
	}

}
