package org.pairingatlas.pairing;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.security.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Reads pairings by programme or by the regions and organisations taking part.
 */
@Service
public class Pairings {

	private static final String OF_PROGRAMMES = """
			UNWIND $keys AS key
			MATCH (s)<-[:SUPPORTER]-(p:Pairing)-[:UNDER]->(:Programme {key: key}), (p)-[:RECIPIENT]->(r)
			WHERE %s
			RETURN key AS owner, p, key AS programme, s.key AS supporter, r.key AS recipient
			ORDER BY p.level, s.key, r.key
			""".formatted(Visibility.rule("p", "s", "r"));

	// A party's role decides which side it must be on; no role means either.
	private static final String OF_PARTIES = """
			UNWIND $keys AS key
			MATCH (party:Entity {key: key})<-[side:SUPPORTER|RECIPIENT]-(p:Pairing)
			WHERE $role IS NULL OR type(side) = $role
			MATCH %s
			WHERE %s
			RETURN key AS owner, p, g.key AS programme, s.key AS supporter, r.key AS recipient
			ORDER BY g.key, p.level, s.key, r.key
			""".formatted(PairingVocabulary.WITH_SIDES, Visibility.rule("p", "s", "r"));

	private final Neo4jClient client;

	private final Visibility visibility;

	Pairings(Neo4jClient client, Visibility visibility) {
		this.client = client;
		this.visibility = visibility;
	}

	public Map<String, List<Pairing>> ofProgrammes(Collection<String> programmeKeys) {
		return grouped(OF_PROGRAMMES, programmeKeys, null);
	}

	/**
	 * Pairings of each region or organisation; role is SUPPORTER, RECIPIENT or null for
	 * both.
	 */
	public Map<String, List<Pairing>> ofParties(Collection<String> partyKeys, @Nullable PairingRole role) {
		return grouped(OF_PARTIES, partyKeys, (role != null) ? role.name() : null);
	}

	private Map<String, List<Pairing>> grouped(String cypher, Collection<String> keys, @Nullable String role) {
		Map<String, List<Pairing>> pairings = new HashMap<>();
		keys.forEach((key) -> pairings.put(key, new java.util.ArrayList<>()));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("keys", List.copyOf(keys));
		parameters.put("role", role);
		parameters.put(Visibility.PARAMETER, this.visibility.unconfirmed());
		this.client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Map.Entry.class)
			.mappedBy((types, row) -> Map.entry(row.get("owner").asString(), Pairing.of(row)))
			.all()
			.forEach((entry) -> pairings.get((String) entry.getKey()).add((Pairing) entry.getValue()));
		return pairings;
	}

}
