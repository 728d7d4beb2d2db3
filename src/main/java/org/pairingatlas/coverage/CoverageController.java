package org.pairingatlas.coverage;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.pairing.Pairing;
import org.pairingatlas.pairing.PairingRole;
import org.pairingatlas.pairing.PairingSearch;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL coverage of a region's units by pairings.
 */
@Controller
class CoverageController {

	private final CoverageQuery coverage;

	private final PairingSearch pairings;

	CoverageController(CoverageQuery coverage, PairingSearch pairings) {
		this.coverage = coverage;
		this.pairings = pairings;
	}

	@QueryMapping
	@Nullable Coverage coverage(@Argument String region, @Argument String level, @Argument @Nullable String kind,
			@Argument @Nullable String programme, @Argument PairingRole role) {
		return this.coverage.coverage(region, level, kind, programme, role.name()).orElse(null);
	}

	@SchemaMapping(typeName = "CoveredUnit")
	List<Pairing> pairings(Coverage.CoveredUnit unit) {
		Map<String, Pairing> found = this.pairings.byKeys(unit.pairingKeys());
		return unit.pairingKeys().stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

}
