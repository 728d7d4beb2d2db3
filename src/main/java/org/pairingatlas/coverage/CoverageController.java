package org.pairingatlas.coverage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import graphql.schema.DataFetchingFieldSelectionSet;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.pairing.Pairing;
import org.pairingatlas.pairing.PairingRole;
import org.pairingatlas.pairing.PairingSearch;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
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

	// The units are listed only when the question asks for them: most ask for the counts.
	@QueryMapping
	@Nullable Coverage coverage(@Argument String region, @Argument String level, @Argument @Nullable String kind,
			@Argument @Nullable String programme, @Argument PairingRole role, DataFetchingFieldSelectionSet selection) {
		boolean listed = selection.contains("paired") || selection.contains("unpaired");
		return this.coverage.coverage(region, level, kind, programme, role.name(), listed).orElse(null);
	}

	// All paired units' pairings in one query, not one query per unit.
	@BatchMapping(typeName = "CoveredUnit")
	Map<Coverage.CoveredUnit, List<Pairing>> pairings(List<Coverage.CoveredUnit> units) {
		Map<String, Pairing> found = this.pairings
			.byKeys(units.stream().flatMap((unit) -> unit.pairingKeys().stream()).distinct().toList());
		Map<Coverage.CoveredUnit, List<Pairing>> result = new HashMap<>();
		units.forEach((unit) -> result.put(unit,
				unit.pairingKeys().stream().map(found::get).filter(Objects::nonNull).toList()));
		return result;
	}

}
