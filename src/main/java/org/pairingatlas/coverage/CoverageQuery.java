package org.pairingatlas.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.InvalidInputException;
import org.pairingatlas.figure.ReportedFigure;
import org.pairingatlas.pairing.PairingVocabulary;
import org.pairingatlas.region.Region;
import org.pairingatlas.region.Regions;
import org.pairingatlas.security.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Computes coverage in one query for the units and their pairings and one for the
 * reported figures.
 */
@Service
public class CoverageQuery {

	private static final Set<String> LEVELS = Set.of("prefecture", "county", "township", "village");

	// A unit counts as paired when it, or an organisation in it, is on the given side of
	// a matching pairing.
	private static final String UNITS = """
			MATCH (u:Region {level: $level})-[:PART_OF*1..4]->(:Region {key: $region})
			OPTIONAL MATCH (u)<-[:LOCATED_IN*0..1]-(party)<-[side:SUPPORTER|RECIPIENT]-(p:Pairing)
			WHERE type(side) = $role AND ($kind IS NULL OR p.kind = $kind)
			  AND ($all OR (p.confirmed AND coalesce(party.confirmed, true)))
			  AND ($programme IS NULL OR EXISTS { (p)-[:UNDER]->(:Programme {key: $programme}) })
			RETURN u, collect(DISTINCT p.key) AS pairings
			ORDER BY u.key
			""";

	// Figures counting pairings at this level: about the region or a region above it, or
	// about a
	// programme that pairs units of the region.
	private static final String REPORTED = """
			MATCH (f:ReportedFigure)-[:ABOUT]->(subject)
			WHERE f.measure = 'pairings.' + $level
			  AND ( EXISTS { (:Region {key: $region})-[:PART_OF*0..4]->(subject) }
			        OR (subject:Programme AND ($programme IS NULL OR subject.key = $programme)
			            AND EXISTS { (subject)<-[:UNDER]-(:Pairing)-[:SUPPORTER|RECIPIENT]->()-[:LOCATED_IN|PART_OF*0..4]->(:Region {key: $region}) }) )
			RETURN DISTINCT f ORDER BY f.key
			""";

	private final Neo4jClient client;

	private final Visibility visibility;

	private final Regions regions;

	CoverageQuery(Neo4jClient client, Regions regions, Visibility visibility) {
		this.client = client;
		this.visibility = visibility;
		this.regions = regions;
	}

	public Optional<Coverage> coverage(String regionKey, String level, @Nullable String kind,
			@Nullable String programme, String role) {
		if (!LEVELS.contains(level)) {
			throw new InvalidInputException("level", level, "must be one of " + LEVELS);
		}
		if (kind != null && !PairingVocabulary.KINDS.contains(kind)) {
			throw new InvalidInputException("kind", kind, "must be one of " + PairingVocabulary.KINDS);
		}
		Optional<Region> region = this.regions.byKey(regionKey);
		if (region.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("region", regionKey);
		parameters.put("level", level);
		parameters.put("kind", kind);
		parameters.put("programme", programme);
		parameters.put("role", role);
		parameters.put("all", this.visibility.unconfirmed());
		List<Coverage.CoveredUnit> paired = new ArrayList<>();
		List<Region> unpaired = new ArrayList<>();
		this.client.query(UNITS)
			.bindAll(parameters)
			.fetchAs(Coverage.CoveredUnit.class)
			.mappedBy((t, row) -> new Coverage.CoveredUnit(Region.of(row.get("u")),
					row.get("pairings").asList((v) -> v.asString())))
			.all()
			.forEach((unit) -> {
				if (unit.pairingKeys().isEmpty()) {
					unpaired.add(unit.region());
				}
				else {
					paired.add(unit);
				}
			});
		List<ReportedFigure> reported = List.copyOf(this.client.query(REPORTED)
			.bindAll(parameters)
			.fetchAs(ReportedFigure.class)
			.mappedBy((t, row) -> ReportedFigure.of(row.get("f")))
			.all());
		return Optional.of(new Coverage(region.get(), level, kind, programme, paired.size() + unpaired.size(), paired,
				unpaired, reported));
	}

}
