package org.pairingatlas.base.graphql;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refuses to start when the schema declares a field or argument that no controller or
 * property answers: a client would otherwise get nulls where the schema promises data.
 */
@Configuration(proxyBeanMethods = false)
class SchemaCompletenessConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer refuseUnmappedSchema() {
		return (builder) -> builder.inspectSchemaMappings((report) -> {
			List<String> problems = new ArrayList<>();
			report.unmappedFields().forEach((field) -> problems.add("unmapped field " + field));
			report.unmappedArguments()
				.forEach((fetcher, arguments) -> problems.add("unmapped arguments " + arguments + " of " + fetcher));
			if (!problems.isEmpty()) {
				throw new IllegalStateException("The GraphQL schema promises what nothing answers: " + problems);
			}
		});
	}

}
