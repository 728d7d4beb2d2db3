package org.pairingatlas.network;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Value;
import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.project.Project;
import org.pairingatlas.security.Visibility;
import org.pairingatlas.source.Citation;
import org.pairingatlas.source.Sources;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Everything the graph holds about one node, for the explorer's detail panel: its
 * properties as stored (amounts in yuan) and the sources that state it.
 */
@Service
public class NodeDetails {

	private static final String PROPERTIES = """
			MATCH (n:Entity {key: $key})
			WHERE %s
			RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS type, properties(n) AS properties
			""".formatted(Visibility.rule("n"));

	private final Neo4jClient client;

	private final Visibility visibility;

	private final Sources sources;

	NodeDetails(Neo4jClient client, Visibility visibility, Sources sources) {
		this.client = client;
		this.visibility = visibility;
		this.sources = sources;
	}

	public Optional<Details> of(String key) {
		return this.client.query(PROPERTIES)
			.bind(key)
			.to("key")
			.bind(this.visibility.unconfirmed())
			.to(Visibility.PARAMETER)
			.fetchAs(Details.class)
			.mappedBy((t, row) -> new Details(key, row.get("type").asString(), properties(row.get("properties")),
					this.sources.citationsOf(List.of(key)).getOrDefault(key, List.of())))
			.one();
	}

	private static Map<String, Object> properties(Value stored) {
		Map<String, Object> properties = new TreeMap<>();
		stored.asMap((v) -> v).forEach((name, value) -> {
			if (EntityTypes.INTERNAL_PROPERTIES.contains(name)) {
				return;
			}
			if (name.endsWith("Fen") && !value.isNull()) {
				BigDecimal yuan = Project.yuan(value);
				properties.put(name.substring(0, name.length() - 3) + " (元)",
						(yuan != null) ? yuan.toPlainString() : "");
			}
			else {
				properties.put(name, value.isNull() ? "" : display(value));
			}
		});
		return properties;
	}

	private static Object display(Value value) {
		return switch (value.type().name()) {
			case "LIST" -> String.join("、", value.asList((v) -> String.valueOf(v.asObject())));
			case "BOOLEAN" -> value.asBoolean();
			case "INTEGER" -> value.asLong();
			default -> String.valueOf(value.asObject());
		};
	}

	/**
	 * One node's stored facts.
	 *
	 * @param key the node's id
	 * @param type its entity type
	 * @param properties every stored property by name, amounts in yuan
	 * @param citations the sources that state it, with their excerpts
	 */
	public record Details(String key, String type, Map<String, Object> properties, List<Citation> citations) {
	}

}
