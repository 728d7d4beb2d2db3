package org.pairingatlas.source;

import org.pairingatlas.base.graphql.compiled.TypeProjection;
import org.pairingatlas.base.graphql.compiled.TypeProjections;
import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.security.Visibility;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How documents and the citations of every fact are read inside one compiled statement,
 * in the order {@link Sources} reads them: by the document's date, then its key.
 */
@Configuration(proxyBeanMethods = false)
class SourceProjection {

	@Bean
	TypeProjection compiledDocument() {
		return TypeProjection.node("Document", "Source")
			.lookUp("document", "id")
			.properties("kind", "number", "title", "issuer", "date", "url", "sha256", "fileName")
			.build();
	}

	/**
	 * A citation is the CITES relationship itself: its excerpt, and the document it ends
	 * at.
	 */
	@Bean
	TypeProjection compiledCitation() {
		return TypeProjection.fields("Citation")
			.properties("excerpt")
			.one("document", "MATCH ()-[{node}]->({to}:Source)")
			.build();
	}

	@Bean
	TypeProjections citationsOfEveryFact() {
		return () -> EntityTypes.citingGraphQlTypes()
			.stream()
			.map((type) -> TypeProjection.fields(type)
				.many("sources", "MATCH ({node})-[{to}:CITES]->({document}:Source) WHERE " + Visibility.rule("{node}"),
						"{document}.date, {document}.key")
				.build())
			.toList();
	}

}
