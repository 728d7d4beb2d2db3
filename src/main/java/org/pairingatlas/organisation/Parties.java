package org.pairingatlas.organisation;

import java.util.Set;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.pairingatlas.entity.EntityLoader;
import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.region.Region;
import org.pairingatlas.security.Visibility;
import org.pairingatlas.source.Sourced;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Resolves the sides of pairings, which may be regions or organisations.
 */
@Service
public class Parties implements EntityLoader {

	/**
	 * Whether node {@code n} is a party the request may see: any region, or an
	 * organisation the visibility rule lets through, as {@code Organisations} reads them.
	 * For queries that name the node {@code n} and map it with {@link #of(Value)}.
	 */
	private static final String VISIBLE_PARTY = visible("n");

	// One query for both kinds: a pairing's sides are looked up on every nested read, and
	// a second round trip for the organisations cost more than the lookup itself.
	private static final String BY_KEYS = """
			UNWIND $keys AS key
			MATCH (n:Entity {key: key})
			WHERE %s
			RETURN n
			""".formatted(VISIBLE_PARTY);

	private final Neo4jClient client;

	private final Visibility visibility;

	Parties(Neo4jClient client, Visibility visibility) {
		this.client = client;
		this.visibility = visibility;
	}

	/** Each key's region or organisation. */
	public Map<String, Sourced> byKeys(Collection<String> keys) {
		Map<String, Sourced> parties = new HashMap<>();
		this.client.query(BY_KEYS)
			.bindAll(Map.of("keys", List.copyOf(keys), Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetchAs(Sourced.class)
			.mappedBy((types, row) -> of(row.get("n")))
			.all()
			.forEach((party) -> parties.put(party.key(), party));
		return parties;
	}

	/**
	 * Cypher: whether {@code variable} is a party the request may see, as
	 * {@link #byKeys(Collection)} reads them.
	 */
	public static String visible(String variable) {
		return "(%1$s:Region OR (%1$s:Organisation AND %2$s))".formatted(variable, Visibility.rule(variable));
	}

	/** A node {@link #VISIBLE_PARTY} matched, as its region or organisation. */
	public static Sourced of(Value node) {
		return node.asNode().hasLabel("Region") ? Region.of(node) : Organisation.of(node);
	}

	@Override
	public java.util.Set<String> labels() {
		return EntityTypes.PARTIES;
	}

	@Override
	public Map<String, ?> byKeys(String label, Collection<String> keys) {
		return byKeys(keys);
	}

	@Override
	public Map<String, java.util.function.Function<Value, Object>> readers() {
		return Map.of("Region", Region::of, "Organisation", Organisation::of);
	}

}
