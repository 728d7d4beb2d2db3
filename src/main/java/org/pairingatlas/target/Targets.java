package org.pairingatlas.target;

import java.util.Collection;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.entity.EntityLoader;
import org.pairingatlas.security.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Reads targets with their measurements in one query.
 */
@Service
public class Targets implements EntityLoader {

	private static final String TARGETS = """
			MATCH (t:Target)
			OPTIONAL MATCH (t)-[:UNDER]->(g:Programme)
			OPTIONAL MATCH (t)-[:PART_OF]->(whole:Target)
			WITH t, g WHERE %s AND ($programme IS NULL OR g.key = $programme) AND ($keys IS NULL OR t.key IN $keys)
			  AND ($parents IS NULL OR whole.key IN $parents)
			OPTIONAL MATCH (t)-[:PART_OF]->(parent:Target)
			OPTIONAL MATCH (m:Measurement)-[:AGAINST]->(t) WHERE %s
			RETURN t, g.key AS programme, parent.key AS parent, collect(m) AS measurements
			ORDER BY g.key, t.key
			""".formatted(Visibility.rule("t"), Visibility.rule("m"));

	private final Neo4jClient client;

	private final Visibility visibility;

	Targets(Neo4jClient client, Visibility visibility) {
		this.client = client;
		this.visibility = visibility;
	}

	public List<Target> ofProgramme(@Nullable String programme) {
		return find(programme, null, null);
	}

	public Optional<Target> byKey(String key) {
		return find(null, List.of(key), null).stream().findFirst();
	}

	public List<Target> byKeys(java.util.Collection<String> keys) {
		return find(null, List.copyOf(keys), null);
	}

	/** The targets that are parts of the given ones, in one query. */
	public List<Target> partsOf(java.util.Collection<String> keys) {
		return find(null, null, List.copyOf(keys));
	}

	private List<Target> find(@Nullable String programme, @Nullable List<String> keys, @Nullable List<String> parents) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("programme", programme);
		parameters.put("keys", keys);
		parameters.put("parents", parents);
		parameters.put(Visibility.PARAMETER, this.visibility.unconfirmed());
		return List.copyOf(this.client.query(TARGETS)
			.bindAll(parameters)
			.fetchAs(Target.class)
			.mappedBy((t, row) -> Target.of(row.get("t"), row.get("programme").asString(null),
					row.get("parent").asString(null), row.get("measurements").asList(Measurement::of)))
			.all());
	}

	@Override
	public Set<String> labels() {
		return Set.of("Target");
	}

	@Override
	public Map<String, ?> byKeys(String label, java.util.Collection<String> keys) {
		Map<String, Target> found = new java.util.HashMap<>();
		byKeys(keys).forEach((target) -> found.put(target.key(), target));
		return found;
	}

}
