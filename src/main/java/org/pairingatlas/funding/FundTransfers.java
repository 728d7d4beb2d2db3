package org.pairingatlas.funding;

import java.util.Collection;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.entity.EntityLoader;
import org.pairingatlas.security.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * The fund-transfer chain of a programme or a project, in the order the money moves.
 */
@Service
public class FundTransfers implements EntityLoader {

	private static final String CHAIN = """
			MATCH (t:FundTransfer)-[:FROM]->(source), (t)-[:TO]->(target)
			OPTIONAL MATCH (t)-[:UNDER]->(g:Programme)
			OPTIONAL MATCH (t)-[:FOR]->(x:Project)
			WITH t, source, target, g, x
			WHERE %s AND ($programme IS NULL OR g.key = $programme)
			  AND ($project IS NULL OR x.key = $project
			       OR (x IS NULL AND EXISTS { (:Project {key: $project})-[:UNDER]->(g) }))
			RETURN t, source.key AS from, target.key AS to, g.key AS programme, x.key AS project
			ORDER BY g.key, t.step, t.key
			""".formatted(Visibility.rule("t"));

	private static final String BY_KEY = """
			MATCH (t:FundTransfer {key: $key})-[:FROM]->(source), (t)-[:TO]->(target)
			WHERE %s
			OPTIONAL MATCH (t)-[:UNDER]->(g:Programme)
			OPTIONAL MATCH (t)-[:FOR]->(x:Project)
			RETURN t, source.key AS from, target.key AS to, g.key AS programme, x.key AS project
			""".formatted(Visibility.rule("t"));

	private static final String OF_PROJECTS = """
			UNWIND $keys AS key
			MATCH (p:Project {key: key})
			MATCH (t:FundTransfer)-[:FROM]->(source), (t)-[:TO]->(target)
			OPTIONAL MATCH (t)-[:UNDER]->(g:Programme)
			OPTIONAL MATCH (t)-[:FOR]->(x:Project)
			WITH key, p, t, source, target, g, x
			WHERE %s AND (x.key = key OR (x IS NULL AND EXISTS { (p)-[:UNDER]->(g) }))
			RETURN key, t, source.key AS from, target.key AS to, g.key AS programme, x.key AS project
			ORDER BY key, t.step, t.key
			""".formatted(Visibility.rule("t"));

	private final Neo4jClient client;

	private final Visibility visibility;

	FundTransfers(Neo4jClient client, Visibility visibility) {
		this.client = client;
		this.visibility = visibility;
	}

	/**
	 * The transfers of a programme, or of a project: those made for it, and the
	 * programme's general chain through which its funds flow.
	 */
	public List<FundTransfer> chain(@Nullable String programme, @Nullable String project) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("programme", programme);
		parameters.put("project", project);
		parameters.put(Visibility.PARAMETER, this.visibility.unconfirmed());
		return List.copyOf(this.client.query(CHAIN)
			.bindAll(parameters)
			.fetchAs(FundTransfer.class)
			.mappedBy((t, row) -> FundTransfer.of(row))
			.all());
	}

	public java.util.Optional<FundTransfer> byKey(String key) {
		return this.client.query(BY_KEY)
			.bindAll(Map.of("key", key, Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetchAs(FundTransfer.class)
			.mappedBy((t, row) -> FundTransfer.of(row))
			.one();
	}

	/** The chain of each project, by project key, in one query. */
	public Map<String, List<FundTransfer>> chainsOf(java.util.Collection<String> projects) {
		Map<String, List<FundTransfer>> chains = new HashMap<>();
		projects.forEach((key) -> chains.put(key, new java.util.ArrayList<>()));
		this.client.query(OF_PROJECTS)
			.bindAll(Map.of("keys", List.copyOf(projects), Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetchAs(Map.Entry.class)
			.mappedBy((t, row) -> Map.entry(row.get("key").asString(), FundTransfer.of(row)))
			.all()
			.forEach((entry) -> chains.get((String) entry.getKey()).add((FundTransfer) entry.getValue()));
		return chains;
	}

	@Override
	public java.util.Set<String> labels() {
		return java.util.Set.of("FundTransfer");
	}

	// Transfers are rarely asked for in bulk.
	@Override
	public Map<String, ?> byKeys(String label, java.util.Collection<String> keys) {
		Map<String, FundTransfer> found = new HashMap<>();
		keys.forEach((key) -> byKey(key).ifPresent((transfer) -> found.put(key, transfer)));
		return found;
	}

}
