package org.pairingatlas.network;

import java.util.List;

import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.source.Document;
import org.pairingatlas.source.Sourced;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code id} of every type implementing {@code Node} is its key.
 */
@Configuration(proxyBeanMethods = false)
class NodeIdsConfiguration {

	@Bean
	RuntimeWiringConfigurer nodeIds() {
		return (wiring) -> EntityTypes.graphQlNodeTypes()
			.forEach((type) -> wiring.type(type,
					(builder) -> builder.dataFetcher("id",
							(environment) -> (environment.getSource() instanceof Document document) ? document.key()
									: ((Sourced) environment.getSource()).key())));
	}

}
