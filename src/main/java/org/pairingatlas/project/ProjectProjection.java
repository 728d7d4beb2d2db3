package org.pairingatlas.project;

import java.math.BigDecimal;

import org.pairingatlas.base.graphql.compiled.TypeProjection;
import org.pairingatlas.organisation.Parties;
import org.pairingatlas.security.Visibility;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How a project is read inside one compiled statement: amounts stored in fen come back as
 * exact yuan, as {@link Project#yuan} reads them.
 */
@Configuration(proxyBeanMethods = false)
class ProjectProjection {

	@Bean
	TypeProjection compiledProject() {
		TypeProjection.Builder project = TypeProjection.node("Project", "Project")
			.lookUp("project", "id")
			.visibleWhen(Visibility.rule("{node}"))
			.properties("name", "category", "startYear", "endYear", "status", "note")
			.value("confirmed", "coalesce({node}.confirmed, true)")
			.one("programme", "MATCH ({node})-[:UNDER]->({to}:Programme)")
			.one("region", "MATCH ({node})-[:LOCATED_IN]->({to}:Region)")
			.one("implementer", "MATCH ({node})-[:IMPLEMENTED_BY]->({to}) WHERE " + Parties.visible("{to}"))
			.one("investor", "MATCH ({node})-[:INVESTED_BY]->({to}) WHERE " + Parties.visible("{to}"));
		for (String amount : new String[] { "collaborationFunds", "matchingFunds", "centralInvestment",
				"localInvestment", "otherInvestment", "totalInvestment" }) {
			project.value(amount, "{node}." + amount + "Fen",
					(fen) -> BigDecimal.valueOf(((Number) fen).longValue(), 2));
		}
		return project.build();
	}

}
