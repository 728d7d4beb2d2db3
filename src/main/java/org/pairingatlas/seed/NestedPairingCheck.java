package org.pairingatlas.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Refuses a pairing of a region with a unit inside it: a city with one of its districts,
 * or a region with an organisation located in it or below it. Such a pair would support
 * itself. Organisations paired with each other are not compared: a city hospital may well
 * support a county hospital of the same city. Needs the graph, as the hierarchy comes
 * from earlier files.
 */
final class NestedPairingCheck {

	// PART_OF points from a region to its parent; *0.. also matches an organisation
	// located in the paired region itself.
	private static final String NESTED = """
			UNWIND $pairs AS pair
			MATCH (supporter:Entity {key: pair.supporter})
			MATCH (recipient:Entity {key: pair.recipient})
			OPTIONAL MATCH (supporter)-[:LOCATED_IN]->(supporterRegion:Region)
			OPTIONAL MATCH (recipient)-[:LOCATED_IN]->(recipientRegion:Region)
			WITH pair, supporter, recipient, coalesce(supporterRegion, supporter) AS supporterPlace,
			     coalesce(recipientRegion, recipient) AS recipientPlace
			WITH pair,
			     supporter:Region AND EXISTS { (recipientPlace)-[:PART_OF*0..]->(supporter) } AS supporterContains,
			     recipient:Region AND EXISTS { (supporterPlace)-[:PART_OF*0..]->(recipient) } AS recipientContains
			WHERE supporterContains OR recipientContains
			RETURN pair.index AS index, recipientContains
			ORDER BY index
			LIMIT 1
			""";

	private NestedPairingCheck() {
	}

	static void verify(TransactionContext tx, List<SeedRecord> records) {
		List<Map<String, Object>> pairs = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			SeedRow row = records.get(i).row();
			if ("Pairing".equals(records.get(i).label())) {
				pairs.add(Map.of("index", i, "supporter", row.required("supporter"), "recipient",
						row.required("recipient")));
			}
		}
		if (pairs.isEmpty()) {
			return;
		}
		List<Record> nested = tx.run(NESTED, Map.of("pairs", pairs)).list();
		if (!nested.isEmpty()) {
			SeedRow row = records.get(nested.get(0).get("index").asInt()).row();
			boolean byRecipient = nested.get(0).get("recipientContains").asBoolean();
			String field = byRecipient ? "recipient" : "supporter";
			String other = byRecipient ? "supporter" : "recipient";
			throw row.error(field, row.required(field), "contains the " + other + " " + row.required(other)
					+ ": a region cannot be paired with a unit inside it");
		}
	}

}
