package org.pairingatlas.pairing;

import java.util.Collection;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.compiled.CompiledNodes;
import org.pairingatlas.entity.EntityLoader;
import org.pairingatlas.base.graphql.Connection;
import org.pairingatlas.base.graphql.InvalidInputException;
import org.pairingatlas.base.graphql.Page;
import org.pairingatlas.security.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Lists pairings by filter, sorted, a page at a time. Region filters include everything
 * below the region and organisations located there.
 */
@Service
public class PairingSearch implements EntityLoader {

	private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

	private static final String ALL = "MATCH (p:Pairing), " + PairingVocabulary.WITH_SIDES + "\n";

	// With a recipient region, the pairings are found from the region down: checking
	// every pairing's recipient against the region instead costs a walk per pairing,
	// which at national scale is most of the answer's time. The filter below still
	// holds them to it.
	private static final String TO_RECIPIENT_REGION = """
			MATCH (:Region {key: $recipientRegion})<-[:PART_OF*0..6]-(:Region)<-[:LOCATED_IN*0..1]-(r)<-[:RECIPIENT]-(p:Pairing)
			WITH DISTINCT p, r
			MATCH (p)-[:UNDER]->(g:Programme), (p)-[:SUPPORTER]->(s)
			""";

	private static final String FROM_SUPPORTER_REGION = """
			MATCH (:Region {key: $supporterRegion})<-[:PART_OF*0..6]-(:Region)<-[:LOCATED_IN*0..1]-(s)<-[:SUPPORTER]-(p:Pairing)
			WITH DISTINCT p, s
			MATCH (p)-[:UNDER]->(g:Programme), (p)-[:RECIPIENT]->(r)
			""";

	private static final String MATCHING = """
			WHERE ($programme IS NULL OR g.key = $programme)
			  AND ($level IS NULL OR p.level = $level)
			  AND ($kind IS NULL OR p.kind = $kind)
			  AND ($confirmed IS NULL OR p.confirmed = $confirmed)
			  AND %s
			  AND ($supporterRegion IS NULL OR EXISTS { (s)-[:LOCATED_IN|PART_OF*0..6]->(:Region {key: $supporterRegion}) })
			  AND ($recipientRegion IS NULL OR EXISTS { (r)-[:LOCATED_IN|PART_OF*0..6]->(:Region {key: $recipientRegion}) })
			  AND ($activeOn IS NULL OR %s)
			"""
		.formatted(Visibility.rule("p", "s", "r"), PairingVocabulary.activeOn("p", "$activeOn"));

	private static final String COUNT = MATCHING + "RETURN count(p) AS total";

	private static final String ORDER = """
			CASE $sort
			  WHEN 'SUPPORTER' THEN s.name
			  WHEN 'RECIPIENT' THEN r.name
			  WHEN 'START_DATE' THEN coalesce(p.startDate, '9999')
			  ELSE g.key + '/' + p.level END, p.key
			""";

	private static final String PAGE = MATCHING
			+ "RETURN p, g.key AS programme, s.key AS supporter, r.key AS recipient\n" + "ORDER BY " + ORDER
			+ "SKIP $offset LIMIT $limit\n";

	// The page of a compiled request: its items cut before they are read.
	private static final String ITEMS = MATCHING + "WITH p, g, s, r ORDER BY " + ORDER + "SKIP $offset LIMIT $limit";

	private static final String BY_KEYS = """
			UNWIND $keys AS key
			MATCH (p:Pairing {key: key}), %s
			WHERE %s
			RETURN p, g.key AS programme, s.key AS supporter, r.key AS recipient
			""".formatted(PairingVocabulary.WITH_SIDES, Visibility.rule("p", "s", "r"));

	private final Neo4jClient client;

	private final Visibility visibility;

	PairingSearch(Neo4jClient client, Visibility visibility) {
		this.client = client;
		this.visibility = visibility;
	}

	public java.util.Optional<Pairing> byKey(String key) {
		return java.util.Optional.ofNullable(byKeys(List.of(key)).get(key));
	}

	public Map<String, Pairing> byKeys(java.util.Collection<String> keys) {
		Map<String, Pairing> found = new HashMap<>();
		this.client.query(BY_KEYS)
			.bindAll(Map.of("keys", List.copyOf(keys), Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetchAs(Pairing.class)
			.mappedBy((t, row) -> Pairing.of(row))
			.all()
			.forEach((pairing) -> found.put(pairing.key(), pairing));
		return found;
	}

	/**
	 * A page of pairings whose items are what {@code nodes} selects of each (compiled
	 * from the request), with the count, in one statement.
	 */
	public Connection<@Nullable Object> find(PairingFilter filter, PairingSort sort, Page page, CompiledNodes nodes) {
		Map<String, @Nullable Object> parameters = parameters(filter);
		parameters.put(Visibility.PARAMETER, this.visibility.unconfirmed());
		String matching = matching(filter);
		return nodes.page(this.client, matching + COUNT, matching + ITEMS, parameters, sort.name(), page);
	}

	private static String matching(PairingFilter filter) {
		return (filter.recipientRegion() != null) ? TO_RECIPIENT_REGION
				: (filter.supporterRegion() != null) ? FROM_SUPPORTER_REGION : ALL;
	}

	public Connection<Pairing> find(PairingFilter filter, PairingSort sort, Page page) {
		Map<String, @Nullable Object> parameters = parameters(filter);
		parameters.put(Visibility.PARAMETER, this.visibility.unconfirmed());
		String matching = matching(filter);
		long total = this.client.query(matching + COUNT).bindAll(parameters).fetchAs(Long.class).one().orElse(0L);
		parameters.put("sort", sort.name());
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit() + 1);
		List<Pairing> fetched = List.copyOf(this.client.query(matching + PAGE)
			.bindAll(parameters)
			.fetchAs(Pairing.class)
			.mappedBy((types, row) -> Pairing.of(row))
			.all());
		return Connection.of(page, fetched, total);
	}

	private static Map<String, @Nullable Object> parameters(PairingFilter filter) {
		if (filter.level() != null && !PairingVocabulary.LEVELS.contains(filter.level())) {
			throw new InvalidInputException("filter.level", filter.level(),
					"must be one of " + PairingVocabulary.LEVELS);
		}
		if (filter.kind() != null && !PairingVocabulary.KINDS.contains(filter.kind())) {
			throw new InvalidInputException("filter.kind", filter.kind(), "must be one of " + PairingVocabulary.KINDS);
		}
		if (filter.activeOn() != null && !DATE.matcher(filter.activeOn()).matches()) {
			throw new InvalidInputException("filter.activeOn", filter.activeOn(),
					"must be a date YYYY, YYYY-MM or YYYY-MM-DD");
		}
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("programme", filter.programme());
		parameters.put("level", filter.level());
		parameters.put("kind", filter.kind());
		parameters.put("confirmed", filter.confirmed());
		parameters.put("supporterRegion", filter.supporterRegion());
		parameters.put("recipientRegion", filter.recipientRegion());
		parameters.put("activeOn", filter.activeOn());
		return parameters;
	}

	@Override
	public Set<String> labels() {
		return Set.of("Pairing");
	}

	@Override
	public Map<String, ?> byKeys(String label, java.util.Collection<String> keys) {
		return byKeys(keys);
	}

}
