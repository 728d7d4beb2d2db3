package org.pairingatlas.programme;

import java.util.Set;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.compiled.CompiledNodes;
import org.pairingatlas.base.ui.component.ProgrammeSelect;
import org.pairingatlas.entity.EntityLoader;
import org.pairingatlas.source.Document;
import org.pairingatlas.security.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Reads programmes, their governing documents and their counts.
 */
@Service
public class Programmes implements EntityLoader {

	/**
	 * The facts through which an organisation takes part in a programme: it supports or
	 * receives a pairing, implements or invests in a project, or sends or receives an
	 * exchange or a transfer.
	 */
	public static final String TAKES_PART = "SUPPORTER|RECIPIENT|IMPLEMENTED_BY|INVESTED_BY|OF|FROM|TO";

	// Every programme as %s reads it, the oldest first.
	private static final String EVERY = "MATCH (p:Programme) RETURN %s AS programme ORDER BY p.startYear, p.key";

	private static final String ALL = EVERY.formatted("p");

	private static final String BY_KEYS = """
			UNWIND $keys AS key
			MATCH (p:Programme {key: key})
			RETURN p
			""";

	private static final String GOVERNING = """
			UNWIND $keys AS key
			MATCH (:Programme {key: key})-[:GOVERNED_BY]->(s:Source)
			RETURN key, s ORDER BY s.date
			""";

	// Discrepancies belong to a programme through the documents that govern it.
	private static final String FACT_COUNTS = """
			UNWIND $keys AS key
			MATCH (p:Programme {key: key})
			CALL (p) {
			  OPTIONAL MATCH (pairing:Pairing)-[:UNDER]->(p)
			  WHERE %s
			  RETURN count(pairing) AS pairings,
			         count(CASE pairing.level WHEN 'county' THEN 1 END) AS county,
			         count(CASE pairing.level WHEN 'township' THEN 1 END) AS township,
			         count(CASE pairing.level WHEN 'institution' THEN 1 END) AS institution,
			         count(CASE pairing.confirmed WHEN false THEN 1 END) AS unconfirmed
			}
			CALL (p) { OPTIONAL MATCH (x:Project)-[:UNDER]->(p) WHERE %s RETURN count(x) AS projects }
			CALL (p) { OPTIONAL MATCH (t:Target)-[:UNDER]->(p) RETURN count(t) AS targets }
			CALL (p) {
			  OPTIONAL MATCH (p)-[:GOVERNED_BY]->(:Source)<-[:CITES]-(f:ReportedFigure)
			  RETURN count(DISTINCT f) AS figures
			}
			CALL (p) {
			  OPTIONAL MATCH (p)-[:GOVERNED_BY]->(:Source)<-[:CITES]-(d:Discrepancy)
			  RETURN count(DISTINCT d) AS discrepancies
			}
			RETURN key, pairings, county, township, institution, unconfirmed, projects, figures, targets, discrepancies
			""".formatted(Visibility.rule("pairing"), Visibility.rule("x"));

	// Every fact under the programme, then every organisation on it: on the
	// national graph, two thirds of the time of all the counts together.
	private static final String ORGANISATION_COUNTS = """
			UNWIND $keys AS key
			MATCH (p:Programme {key: key})
			CALL (p) {
			  OPTIONAL MATCH (o:Organisation)<-[:%s]-(fact)-[:UNDER]->(p)
			  WHERE %s
			  RETURN count(DISTINCT o) AS organisations
			}
			RETURN key, organisations
			""".formatted(TAKES_PART, Visibility.rule("o", "fact"));

	private final Neo4jClient client;

	private final Visibility visibility;

	Programmes(Neo4jClient client, Visibility visibility) {
		this.client = client;
		this.visibility = visibility;
	}

	public List<Programme> all() {
		return List.copyOf(this.client.query(ALL)
			.fetchAs(Programme.class)
			.mappedBy((types, row) -> Programme.of(row.get("programme")))
			.all());
	}

	/**
	 * Every programme, in the order of {@link #all()}, each as the request's compiled
	 * selection reads it.
	 */
	public List<@Nullable Object> all(CompiledNodes items) {
		List<@Nullable Object> programmes = new ArrayList<>();
		this.client.query(EVERY.formatted(items.expression()))
			.bindAll(items.parameters())
			.fetch()
			.all()
			.forEach((row) -> programmes.add(items.item(row.get("programme"))));
		return programmes;
	}

	/** Every programme, as a choice in a form or a filter. */
	public List<ProgrammeSelect.Choice> choices() {
		return all().stream().map((p) -> new ProgrammeSelect.Choice(p.key(), p.name(), p.nameEn())).toList();
	}

	public Optional<Programme> byKey(String key) {
		return byKeys(List.of(key)).values().stream().findFirst();
	}

	public Map<String, Programme> byKeys(Collection<String> keys) {
		Map<String, Programme> programmes = new HashMap<>();
		this.client.query(BY_KEYS)
			.bind(List.copyOf(keys))
			.to("keys")
			.fetchAs(Programme.class)
			.mappedBy((types, row) -> Programme.of(row.get("p")))
			.all()
			.forEach((programme) -> programmes.put(programme.key(), programme));
		return programmes;
	}

	public Map<String, List<Document>> governingDocumentsOf(Collection<String> keys) {
		Map<String, List<Document>> documents = new HashMap<>();
		keys.forEach((key) -> documents.put(key, new java.util.ArrayList<>()));
		this.client.query(GOVERNING)
			.bind(List.copyOf(keys))
			.to("keys")
			.fetchAs(Map.Entry.class)
			.mappedBy((types, row) -> Map.entry(row.get("key").asString(), Document.of(row.get("s"))))
			.all()
			.forEach((entry) -> documents.get((String) entry.getKey()).add((Document) entry.getValue()));
		return documents;
	}

	/** Every count of each programme, the organisations included. */
	public Map<String, ProgrammeCounts> countsOf(Collection<String> keys) {
		Map<String, Integer> organisations = organisationCountsOf(keys);
		Map<String, ProgrammeCounts> counts = new HashMap<>();
		factCountsOf(keys).forEach((key, facts) -> counts.put(key, facts.with(organisations.getOrDefault(key, 0))));
		return counts;
	}

	Map<String, FactCounts> factCountsOf(Collection<String> keys) {
		Map<String, FactCounts> counts = new HashMap<>();
		this.client.query(FACT_COUNTS)
			.bindAll(Map.of("keys", List.copyOf(keys), Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetchAs(FactCounts.class)
			.mappedBy((types, row) -> new FactCounts(row.get("key").asString(), row.get("pairings").asInt(),
					row.get("county").asInt(), row.get("township").asInt(), row.get("institution").asInt(),
					row.get("unconfirmed").asInt(), row.get("projects").asInt(), row.get("figures").asInt(),
					row.get("targets").asInt(), row.get("discrepancies").asInt()))
			.all()
			.forEach((facts) -> counts.put(facts.programme(), facts));
		return counts;
	}

	Map<String, Integer> organisationCountsOf(Collection<String> keys) {
		Map<String, Integer> counts = new HashMap<>();
		this.client.query(ORGANISATION_COUNTS)
			.bindAll(Map.of("keys", List.copyOf(keys), Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetch()
			.all()
			.forEach((row) -> counts.put((String) row.get("key"), ((Number) row.get("organisations")).intValue()));
		return counts;
	}

	@Override
	public Set<String> labels() {
		return Set.of("Programme");
	}

	@Override
	public Map<String, ?> byKeys(String label, Collection<String> keys) {
		return byKeys(keys);
	}

}
