package org.pairingatlas.entity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pairingatlas.security.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * What to call nodes in lists, pickers and pictures, whatever their type: one query for
 * any number of keys, leaving out what the caller may not see.
 */
@Service
public class NodeNames {

	private static final String NAMES = """
			UNWIND $keys AS key
			MATCH (n:Entity {key: key})
			WHERE %s
			RETURN key, %s AS name
			""".formatted(Visibility.rule("n"), EntityTypes.displayName("n"));

	private final Neo4jClient client;

	private final Visibility visibility;

	NodeNames(Neo4jClient client, Visibility visibility) {
		this.client = client;
		this.visibility = visibility;
	}

	/** The name of each of these nodes the caller may see, by key. */
	public Map<String, String> of(Collection<String> keys) {
		Map<String, String> names = new HashMap<>();
		if (keys.isEmpty()) {
			return names;
		}
		this.client.query(NAMES)
			.bindAll(Map.of("keys", List.copyOf(keys), Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetch()
			.all()
			.forEach((row) -> names.put((String) row.get("key"), NodeWords.current((String) row.get("name"))));
		return names;
	}

}
