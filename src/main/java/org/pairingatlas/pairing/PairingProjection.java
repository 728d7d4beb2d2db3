package org.pairingatlas.pairing;

import java.util.List;

import org.pairingatlas.base.graphql.compiled.TypeProjection;
import org.pairingatlas.base.graphql.compiled.TypeProjections;
import org.pairingatlas.organisation.Parties;
import org.pairingatlas.security.Visibility;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How a pairing is read inside one compiled statement, and the pairings of regions,
 * organisations and programmes, held to the rule and the order of {@link Pairings} and
 * {@link PairingSearch}: a pairing is seen only with its programme and both its sides.
 */
@Configuration(proxyBeanMethods = false)
class PairingProjection {

	private static final String SIDES_SEEN = PairingVocabulary.sides("{to}", "{g}", "{s}", "{r}") + " WHERE "
			+ Visibility.rule("{to}", "{s}", "{r}");

	@Bean
	TypeProjection compiledPairing() {
		return TypeProjection.node("Pairing", "Pairing")
			.lookUp("pairing", "id")
			.visibleWhen("EXISTS { MATCH " + PairingVocabulary.sides("{node}", "{g}", "{s}", "{r}") + " WHERE "
					+ Visibility.rule("{node}", "{s}", "{r}") + " }")
			.properties("level", "kind", "startDate", "endDate", "status", "note")
			.value("confirmed", "coalesce({node}.confirmed, true)")
			.value("version", "coalesce({node}.version, 0)")
			.one("programme", "MATCH ({node})-[:UNDER]->({to}:Programme)")
			.one("supporter", "MATCH ({node})-[:SUPPORTER]->({to}) WHERE " + Parties.visible("{to}"))
			.one("recipient", "MATCH ({node})-[:RECIPIENT]->({to}) WHERE " + Parties.visible("{to}"))
			.build();
	}

	/** The pairings a region or an organisation takes part in, optionally on one side. */
	@Bean
	TypeProjections pairingsOfParties() {
		String match = "MATCH ({node})<-[{side}:SUPPORTER|RECIPIENT]-({to}:Pairing)"
				+ " WHERE {$role} IS NULL OR type({side}) = {$role} MATCH " + SIDES_SEEN;
		String order = "{g}.key, {to}.level, {s}.key, {r}.key";
		return () -> List.of(TypeProjection.fields("Region").many("pairings", match, order).build(),
				TypeProjection.fields("Organisation").many("pairings", match, order).build(),
				TypeProjection.fields("Programme")
					.many("pairings",
							"MATCH ({s})<-[:SUPPORTER]-({to}:Pairing)-[:UNDER]->({node}), ({to})-[:RECIPIENT]->({r})"
									+ " WHERE " + Visibility.rule("{to}", "{s}", "{r}"),
							"{to}.level, {s}.key, {r}.key")
					.build());
	}

}
