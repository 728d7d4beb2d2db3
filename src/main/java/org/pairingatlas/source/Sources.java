package org.pairingatlas.source;

import java.util.Set;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pairingatlas.entity.EntityLoader;
import org.pairingatlas.security.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Looks up citations, for many facts in one query so lists never cost a query per row.
 */
@Service
public class Sources implements EntityLoader {

	private static final String CITATIONS = """
			UNWIND $keys AS key
			MATCH (n:Entity {key: key})-[c:CITES]->(s:Source)
			WHERE %s
			RETURN key, s AS source, c.excerpt AS excerpt
			ORDER BY key, s.date, s.key
			""".formatted(Visibility.rule("n"));

	private static final String DOCUMENT = "MATCH (s:Source {key: $key}) RETURN s";

	private final Neo4jClient client;

	private final Visibility visibility;

	Sources(Neo4jClient client, Visibility visibility) {
		this.client = client;
		this.visibility = visibility;
	}

	/** A source by key. */
	public java.util.Optional<Document> document(String key) {
		return this.client.query(DOCUMENT)
			.bind(key)
			.to("key")
			.fetchAs(Document.class)
			.mappedBy((types, row) -> Document.of(row.get("s")))
			.one();
	}

	/**
	 * The citations of each fact, by the fact's key; facts without any map to an empty
	 * list.
	 */
	public Map<String, List<Citation>> citationsOf(Collection<String> keys) {
		Map<String, List<Citation>> citations = new HashMap<>();
		keys.forEach((key) -> citations.put(key, new ArrayList<>()));
		this.client.query(CITATIONS)
			.bindAll(Map.of("keys", List.copyOf(keys), Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetchAs(Map.Entry.class)
			.mappedBy((types, row) -> Map.entry(row.get("key").asString(),
					new Citation(Document.of(row.get("source")), emptyToNull(row.get("excerpt").asString(null)))))
			.all()
			.forEach((entry) -> citations.get((String) entry.getKey()).add((Citation) entry.getValue()));
		return citations;
	}

	/** The citations of each sourced thing, in the order given. */
	public <T extends Sourced> Map<T, List<Citation>> citationsOfAll(Collection<T> facts) {
		Map<String, List<Citation>> byKey = citationsOf(facts.stream().map(Sourced::key).toList());
		Map<T, List<Citation>> result = new LinkedHashMap<>();
		facts.forEach((fact) -> result.put(fact, byKey.getOrDefault(fact.key(), List.of())));
		return result;
	}

	private static String emptyToNull(String excerpt) {
		return (excerpt == null || excerpt.isEmpty()) ? null : excerpt;
	}

	@Override
	public java.util.Set<String> labels() {
		return java.util.Set.of("Source");
	}

	// Documents are rarely asked for in bulk.
	@Override
	public Map<String, ?> byKeys(String label, Collection<String> keys) {
		Map<String, Document> found = new HashMap<>();
		keys.forEach((key) -> document(key).ifPresent((document) -> found.put(key, document)));
		return found;
	}

}
