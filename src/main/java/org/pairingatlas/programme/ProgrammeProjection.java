package org.pairingatlas.programme;

import org.pairingatlas.base.graphql.compiled.TypeProjection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How a programme's own fields are read inside one compiled statement. */
@Configuration(proxyBeanMethods = false)
class ProgrammeProjection {

	@Bean
	TypeProjection compiledProgramme() {
		return TypeProjection.node("Programme", "Programme")
			.lookUp("programme", "key")
			.properties("name", "nameEn", "kind", "framework", "startYear", "endYear")
			.build();
	}

}
