package org.pairingatlas.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pairingatlas.region.Region;
import org.pairingatlas.security.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Reads organisations and where they sit.
 */
@Service
public class Organisations {

	private static final String BY_KEYS = """
			UNWIND $keys AS key
			MATCH (o:Organisation {key: key})
			WHERE %s
			RETURN o
			""".formatted(Visibility.rule("o"));

	private static final String REGIONS = """
			UNWIND $keys AS key
			MATCH (o:Organisation {key: key})-[:LOCATED_IN]->(r:Region)
			WHERE %s
			RETURN key, r
			""".formatted(Visibility.rule("o"));

	private final Neo4jClient client;

	private final Visibility visibility;

	Organisations(Neo4jClient client, Visibility visibility) {
		this.client = client;
		this.visibility = visibility;
	}

	public Optional<Organisation> byKey(String key) {
		return byKeys(List.of(key)).values().stream().findFirst();
	}

	public Map<String, Organisation> byKeys(Collection<String> keys) {
		Map<String, Organisation> organisations = new HashMap<>();
		this.client.query(BY_KEYS)
			.bindAll(Map.of("keys", List.copyOf(keys), Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetchAs(Organisation.class)
			.mappedBy((types, row) -> Organisation.of(row.get("o")))
			.all()
			.forEach((organisation) -> organisations.put(organisation.key(), organisation));
		return organisations;
	}

	/** Where each organisation sits, by its key. */
	public Map<String, Region> regionsOf(Collection<String> keys) {
		Map<String, Region> regions = new HashMap<>();
		this.client.query(REGIONS)
			.bindAll(Map.of("keys", List.copyOf(keys), Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetchAs(Map.Entry.class)
			.mappedBy((types, row) -> Map.entry(row.get("key").asString(), Region.of(row.get("r"))))
			.all()
			.forEach((entry) -> regions.put((String) entry.getKey(), (Region) entry.getValue()));
		return regions;
	}

}
