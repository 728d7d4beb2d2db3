package org.pairingatlas.source;

import java.util.List;

import org.pairingatlas.entity.EntityTypes;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code sources} field of every fact-citing GraphQL type in the registry of entity
 * types, loaded in one query per request level: a new type cites without a mapping of its
 * own.
 */
@Configuration(proxyBeanMethods = false)
class CitationsConfiguration {

	private static final String LOADER = "citations";

	@Bean
	RuntimeWiringConfigurer sourcesOfEveryFact(BatchLoaderRegistry loaders, Sources sources) {
		loaders.<String, List<Citation>>forName(LOADER)
			.registerMappedBatchLoader((keys, environment) -> Mono.just(sources.citationsOf(keys)));
		return (wiring) -> EntityTypes.citingGraphQlTypes()
			.forEach((type) -> wiring.type(type,
					(builder) -> builder.dataFetcher("sources",
							(environment) -> environment.<String, List<Citation>>getDataLoader(LOADER)
								.load(((Sourced) environment.getSource()).key()))));
	}

}
