package org.pairingatlas.fact;

import java.util.List;
import java.util.Map;

import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.edit.UserError;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Whether an actor may have written a fact: run inside the edit's transaction after
 * writing, so a refusal rolls the whole edit back. A fact is within a coordinator's remit
 * when its programme is one of theirs and one of its places (a side of a pairing, a
 * project's region, a transfer's ends) lies in one of their regions.
 */
@Component
class WritePermissions {

	// The programme of a fact directly, or through the target a measurement is against.
	private static final String SCOPE = """
			MATCH (n:Entity {key: $key})
			OPTIONAL MATCH (n)-[:UNDER|AGAINST*1..2]->(g:Programme)
			WITH n, collect(DISTINCT g.key) AS programmes
			OPTIONAL MATCH (n)-[:SUPPORTER|RECIPIENT|LOCATED_IN|FROM|TO|OF|ABOUT]->(place)
			WITH n, programmes, collect(DISTINCT place) + CASE WHEN n:Region THEN [n] ELSE [] END AS places
			RETURN programmes, n:Organisation OR n:Region AS place, n:Source AS document,
			       n:Source OR size($regions) = 0 OR any(p IN places WHERE EXISTS {
			         (p)-[:LOCATED_IN|PART_OF*0..6]->(r:Region) WHERE r.key IN $regions }) AS inRegion
			""";

	// The same place rule for facts not yet written: any of a row's places in one of the
	// writer's regions.
	private static final String IN_REGIONS = """
			UNWIND $rows AS row
			RETURN row.index AS index, size($regions) = 0 OR any(key IN row.places WHERE EXISTS {
			         MATCH (:Entity {key: key})-[:LOCATED_IN|PART_OF*0..6]->(r:Region) WHERE r.key IN $regions }) AS inRegion
			""";

	private final Neo4jClient client;

	WritePermissions(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * Refuses anyone who may not edit at all, before anything about the edit's target is
	 * looked at: the same answer whatever the input names.
	 */
	static void requireEditor(Actor actor) {
		if (!actor.coordinator()) {
			throw forbidden(actor, "only coordinators may edit");
		}
	}

	/**
	 * Refuses the edit unless the actor may write the fact with this key (as it now
	 * stands).
	 */
	void require(Actor actor, String key) {
		requireEditor(actor);
		Map<String, Object> scope = this.client.query(SCOPE)
			.bindAll(Map.of("key", key, "regions", List.copyOf(actor.regions())))
			.fetch()
			.one()
			.orElseThrow(() -> forbidden(actor, "it is outside your remit"));
		@SuppressWarnings("unchecked")
		List<String> programmes = (List<String>) scope.get("programmes");
		// An organisation or a region belongs to no programme: it is judged by its place
		// alone. A document belongs to none and lies nowhere: any coordinator may
		// register
		// one.
		boolean programmeAllowed = actor.programmes().isEmpty()
				|| (programmes.isEmpty() && Boolean.TRUE.equals(scope.get("place")))
				|| (programmes.isEmpty() && Boolean.TRUE.equals(scope.get("document")))
				|| programmes.stream().anyMatch(actor.programmes()::contains);
		if (!programmeAllowed || !Boolean.TRUE.equals(scope.get("inRegion"))) {
			throw forbidden(actor, "it is outside the programmes and regions you are assigned to");
		}
	}

	/**
	 * Which of these facts, not yet written, lie outside the actor's remit: by the same
	 * rule as {@link #require}, judged on their programme and places.
	 */
	java.util.Set<Integer> outside(Actor actor, List<Remit> remits) {
		java.util.Set<Integer> outside = new java.util.HashSet<>();
		List<Map<String, Object>> rows = new java.util.ArrayList<>();
		for (int i = 0; i < remits.size(); i++) {
			Remit remit = remits.get(i);
			if (!actor.programmes().isEmpty() && remit.programme() != null
					&& !actor.programmes().contains(remit.programme())) {
				outside.add(i);
			}
			else {
				rows.add(Map.of("index", i, "places", remit.places()));
			}
		}
		if (!actor.regions().isEmpty() && !rows.isEmpty()) {
			this.client.query(IN_REGIONS)
				.bindAll(Map.of("rows", rows, "regions", List.copyOf(actor.regions())))
				.fetch()
				.all()
				.forEach((row) -> {
					if (!Boolean.TRUE.equals(row.get("inRegion"))) {
						outside.add(((Number) row.get("index")).intValue());
					}
				});
		}
		return outside;
	}

	private static EditRefused forbidden(Actor actor, String why) {
		return new EditRefused(
				new UserError("id", null, "FORBIDDEN", actor.name() + " may not make this edit: " + why));
	}

}
