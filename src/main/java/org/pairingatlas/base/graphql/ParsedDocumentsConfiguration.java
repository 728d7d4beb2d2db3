package org.pairingatlas.base.graphql;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** GraphQL documents are parsed and validated once ({@link ParsedDocuments}). */
@Configuration(proxyBeanMethods = false)
class ParsedDocumentsConfiguration {

	@Bean
	ParsedDocuments parsedDocuments(@Value("${pairing-atlas.graphql.parsed-documents:2000}") int size) {
		return new ParsedDocuments(size);
	}

	@Bean
	GraphQlSourceBuilderCustomizer cacheParsedDocuments(ParsedDocuments documents) {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(documents));
	}

}
