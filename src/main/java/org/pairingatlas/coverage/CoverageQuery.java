package org.pairingatlas.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.pairingatlas.base.graphql.InvalidInputException;
import org.pairingatlas.figure.ReportedFigure;
import org.pairingatlas.pairing.PairingVocabulary;
import org.pairingatlas.region.Region;
import org.pairingatlas.security.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Computes coverage: which units below a region are paired, and the figures reported on
 * them, in one query.
 */
@Service
public class CoverageQuery {

	private static final Set<String> LEVELS = Set.of("prefecture", "county", "township", "village");

	// A unit counts as paired when it, or an organisation in it, is on the given side of
	// a matching pairing.
	private static final String PAIRING_OF_UNIT = """
			(u)<-[:LOCATED_IN*0..1]-(party)<-[side:SUPPORTER|RECIPIENT]-(p:Pairing)
			  WHERE type(side) = $role AND ($kind IS NULL OR p.kind = $kind)
			    AND %s
			    AND ($programme IS NULL OR EXISTS { (p)-[:UNDER]->(:Programme {key: $programme}) })"""
		.formatted(Visibility.rule("p", "party"));

	// Units come back with only the fields a Region holds: a province has thousands.
	private static final String LISTED_UNITS = """
			  MATCH (u:Region {level: $level})-[:PART_OF*1..4]->(top)
			  OPTIONAL MATCH %s
			  WITH u, collect(DISTINCT p.key) AS pairings ORDER BY u.key
			  RETURN collect({unit: u {.key, .code, .name, .nameEn, .level, .official}, pairings: pairings}) AS units,
			         0 AS unitCount, 0 AS pairedCount
			""".formatted(PAIRING_OF_UNIT);

	private static final String COUNTED_UNITS = """
			  MATCH (u:Region {level: $level})-[:PART_OF*1..4]->(top)
			  WITH DISTINCT u
			  WITH u, EXISTS { MATCH %s } AS paired
			  RETURN [] AS units, count(u) AS unitCount, count(CASE WHEN paired THEN 1 END) AS pairedCount
			""".formatted(PAIRING_OF_UNIT);

	// Figures counting pairings at this level: about the region or a region above it, or
	// about a programme that pairs units of the region. The region, its units and these
	// figures are read in one statement.

	private static final String LISTED = coverage(LISTED_UNITS);

	private static final String COUNTED = coverage(COUNTED_UNITS);

	private final Neo4jClient client;

	private final Visibility visibility;

	CoverageQuery(Neo4jClient client, Visibility visibility) {
		this.client = client;
		this.visibility = visibility;
	}

	/** Coverage with every unit listed. */
	public Optional<Coverage> coverage(String regionKey, String level, @Nullable String kind,
			@Nullable String programme, String role) {
		return coverage(regionKey, level, kind, programme, role, true);
	}

	/**
	 * Coverage with its units listed, or only counted: counting a province's thousands of
	 * units is about twice as fast as listing them.
	 */
	public Optional<Coverage> coverage(String regionKey, String level, @Nullable String kind,
			@Nullable String programme, String role, boolean listed) {
		if (!LEVELS.contains(level)) {
			throw new InvalidInputException("level", level, "must be one of " + LEVELS);
		}
		if (kind != null && !PairingVocabulary.KINDS.contains(kind)) {
			throw new InvalidInputException("kind", kind, "must be one of " + PairingVocabulary.KINDS);
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("region", regionKey);
		parameters.put("level", level);
		parameters.put("kind", kind);
		parameters.put("programme", programme);
		parameters.put("role", role);
		parameters.put(Visibility.PARAMETER, this.visibility.unconfirmed());
		return this.client.query(listed ? LISTED : COUNTED)
			.bindAll(parameters)
			.fetchAs(Coverage.class)
			.mappedBy((t, row) -> listed ? listed(row, level, kind, programme) : counted(row, level, kind, programme))
			.one();
	}

	private static Coverage counted(Record row, String level, @Nullable String kind, @Nullable String programme) {
		return Coverage.counted(Region.of(row.get("top")), level, kind, programme, row.get("unitCount").asInt(),
				row.get("pairedCount").asInt(), row.get("reported").asList(ReportedFigure::of));
	}

	private static Coverage listed(Record row, String level, @Nullable String kind, @Nullable String programme) {
		List<Coverage.CoveredUnit> paired = new ArrayList<>();
		List<Region> unpaired = new ArrayList<>();
		row.get("units").asList((v) -> v).forEach((unit) -> {
			Region region = Region.of(unit.get("unit"));
			List<String> pairings = unit.get("pairings").asList(Value::asString);
			if (pairings.isEmpty()) {
				unpaired.add(region);
			}
			else {
				paired.add(new Coverage.CoveredUnit(region, pairings));
			}
		});
		List<ReportedFigure> reported = row.get("reported").asList(ReportedFigure::of);
		return Coverage.listed(Region.of(row.get("top")), level, kind, programme, paired, unpaired, reported);
	}

	/** The coverage statement over these units, with the figures the documents report. */
	private static String coverage(String units) {
		return """
				MATCH (top:Region {key: $region})
				CALL (top) {
				%1$s}
				CALL (top) {
				  MATCH (f:ReportedFigure)-[:ABOUT]->(subject)
				  WHERE f.measure = 'pairings.' + $level AND %2$s
				    AND ( EXISTS { (top)-[:PART_OF*0..4]->(subject) }
				          OR (subject:Programme AND ($programme IS NULL OR subject.key = $programme)
				              AND EXISTS { (subject)<-[:UNDER]-(:Pairing)-[:SUPPORTER|RECIPIENT]->()-[:LOCATED_IN|PART_OF*0..4]->(top) }) )
				  WITH DISTINCT f ORDER BY f.key
				  RETURN collect(f) AS reported
				}
				RETURN top, units, unitCount, pairedCount, reported
				"""
			.formatted(units, Visibility.rule("f"));
	}

}
