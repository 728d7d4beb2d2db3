package org.pairingatlas.base.graphql;

import graphql.execution.instrumentation.Instrumentation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Guards the GraphQL endpoint: depth, cost, aliases, request size, shape and time, each
 * refused with an error that names the limit.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimitsProperties.class)
class GraphQlLimitsConfiguration {

	@Bean
	Instrumentation requestLimits(GraphQlLimitsProperties limits) {
		return new RequestLimits(limits);
	}

	@Bean
	FilterRegistrationBean<GraphQlRequestGuard> graphQlRequestGuard(GraphQlLimitsProperties limits,
			org.springframework.beans.factory.ObjectProvider<RegisteredDocuments> registered) {
		// Without a registry of documents, no id is known.
		RegisteredDocuments documents = registered.getIfAvailable(() -> (id) -> java.util.Optional.empty());
		FilterRegistrationBean<GraphQlRequestGuard> registration = new FilterRegistrationBean<>(
				new GraphQlRequestGuard(limits.maxRequestBytes(), documents));
		// Before the security filters: a malformed or oversized request is refused before
		// anything else reads it.
		registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10);
		registration.addUrlPatterns("/graphql", "/graphql/*");
		return registration;
	}

}
