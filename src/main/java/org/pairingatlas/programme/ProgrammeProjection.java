package org.pairingatlas.programme;

import org.pairingatlas.base.graphql.compiled.TypeProjection;
import org.pairingatlas.security.Visibility;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How a programme's own fields and its counts are read inside one compiled statement. */
@Configuration(proxyBeanMethods = false)
class ProgrammeProjection {

	@Bean
	TypeProjection compiledProgramme() {
		return TypeProjection.node("Programme", "Programme")
			.lookUp("programme", "key")
			.properties("name", "nameEn", "kind", "framework", "startYear", "endYear")
			.part("counts")
			.build();
	}

	/**
	 * Each count on its own, so that a request asking for two of them counts two: the
	 * same facts as {@code Programmes.FACT_COUNTS} and {@code ORGANISATION_COUNTS}, which
	 * read them all at once for a page that shows every count.
	 */
	@Bean
	TypeProjection compiledProgrammeCounts() {
		return TypeProjection.fields("ProgrammeCounts")
			.value("pairings", pairings(""))
			.value("countyPairings", pairings(" AND {p}.level = 'county'"))
			.value("townshipPairings", pairings(" AND {p}.level = 'township'"))
			.value("institutionPairings", pairings(" AND {p}.level = 'institution'"))
			.value("unconfirmedPairings", pairings(" AND {p}.confirmed = false"))
			.value("projects", "COUNT { ({x}:Project)-[:UNDER]->({node}) WHERE " + Visibility.rule("{x}") + " }")
			.value("targets", "COUNT { (:Target)-[:UNDER]->({node}) }")
			.value("reportedFigures", citedBy("ReportedFigure"))
			.value("discrepancies", citedBy("Discrepancy"))
			.value("organisations",
					"size(COLLECT { MATCH ({o}:Organisation)<-[:" + Programmes.TAKES_PART
							+ "]-({fact})-[:UNDER]->({node}) WHERE " + Visibility.rule("{o}", "{fact}")
							+ " RETURN DISTINCT {o} })")
			.build();
	}

	private static String pairings(String condition) {
		return "COUNT { ({p}:Pairing)-[:UNDER]->({node}) WHERE " + Visibility.rule("{p}") + condition + " }";
	}

	// Figures and discrepancies belong to a programme through the documents governing it.
	private static String citedBy(String label) {
		return "size(COLLECT { MATCH ({node})-[:GOVERNED_BY]->(:Source)<-[:CITES]-({f}:" + label
				+ ") RETURN DISTINCT {f} })";
	}

}
