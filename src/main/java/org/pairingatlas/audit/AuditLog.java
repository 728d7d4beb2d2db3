package org.pairingatlas.audit;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.Connection;
import org.pairingatlas.base.graphql.Page;
import org.pairingatlas.security.Visibility;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Writes audit entries inside the edit's own transaction (so an entry exists exactly when
 * the edit does) and reads them back, newest first.
 */
@Service
public class AuditLog {

	// An entry is about a fact, or about an import (which is not a fact of the graph).
	private static final String WRITE = """
			CALL () {
			  MATCH (n:Entity {key: $entity}) RETURN n
			  UNION
			  MATCH (n:SheetImport {key: $entity}) RETURN n
			}
			CREATE (a:AuditEntry {key: $key, at: datetime.transaction(), actor: $actor, action: $action, entityKey: $entity,
			        entityType: $type, changed: $changed, before: $before, after: $after})
			CREATE (a)-[:CHANGED]->(n)
			""";

	// Entries are stamped with the transaction's clock: these are the ones this
	// transaction wrote.
	private static final String TIE = """
			UNWIND $keys AS key
			MATCH (:Entity {key: key})<-[:CHANGED]-(a:AuditEntry)
			WHERE a.at = datetime.transaction() AND a.via IS NULL
			SET a.via = $import
			""";

	private static final String MATCHING = """
			MATCH (a:AuditEntry)-[:CHANGED]->(changed)
			WHERE %s
			  AND ($entity IS NULL OR a.entityKey = $entity)
			  AND ($actor IS NULL OR a.actor = $actor)
			  AND ($since IS NULL OR a.at >= datetime($since))
			  AND ($until IS NULL OR a.at < datetime($until))
			""".formatted(Visibility.rule("changed"));

	private static final String COUNT = MATCHING + "RETURN count(a) AS total";

	private static final String PAGE = MATCHING + """
			RETURN a ORDER BY a.at DESC, a.key SKIP $offset LIMIT $limit
			""";

	private final Neo4jClient client;

	private final JsonMapper json = JsonMapper.builder().build();

	AuditLog(Neo4jClient client) {
		this.client = client;
	}

	/** Records an edit; {@code before} is null for a creation. */
	public void record(String actor, String action, String type, String entityKey, @Nullable Map<String, Object> before,
			Map<String, Object> after) {
		TreeSet<String> changed = new TreeSet<>(after.keySet());
		if (before != null) {
			changed.addAll(before.keySet());
			changed.removeIf((k) -> Objects.equals(before.get(k), after.get(k)));
		}
		changed.removeIf((k) -> k.equals("version") || k.startsWith("pinyin"));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("key", "audit-" + java.util.UUID.randomUUID());
		parameters.put("actor", actor);
		parameters.put("action", action);
		parameters.put("type", type);
		parameters.put("entity", entityKey);
		parameters.put("changed", List.copyOf(changed));
		parameters.put("before",
				(before != null) ? this.json.writeValueAsString(new java.util.TreeMap<>(before)) : null);
		parameters.put("after", this.json.writeValueAsString(new java.util.TreeMap<>(after)));
		this.client.query(WRITE).bindAll(parameters).run();
	}

	/**
	 * Ties the entries this transaction wrote about these facts to the import that wrote
	 * them.
	 */
	public void tieTo(String importKey, List<String> entityKeys) {
		this.client.query(TIE).bindAll(Map.of("keys", entityKeys, "import", importKey)).run();
	}

	public Connection<AuditEntry> find(@Nullable String entity, @Nullable String actor, @Nullable String since,
			@Nullable String until, boolean unconfirmed, Page page) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("entity", entity);
		parameters.put("actor", actor);
		parameters.put("since", since);
		parameters.put("until", until);
		parameters.put(Visibility.PARAMETER, unconfirmed);
		long total = this.client.query(COUNT).bindAll(parameters).fetchAs(Long.class).one().orElse(0L);
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit() + 1);
		List<AuditEntry> fetched = List
			.copyOf(this.client.query(PAGE).bindAll(parameters).fetchAs(AuditEntry.class).mappedBy((t, row) -> {
				var a = row.get("a");
				return new AuditEntry(a.get("key").asString(),
						a.get("at").asZonedDateTime().toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC),
						a.get("actor").asString(), a.get("action").asString(), a.get("entityKey").asString(),
						a.get("entityType").asString(), a.get("changed").asList((v) -> v.asString()),
						a.get("before").asString(null), a.get("after").asString(null), a.get("via").asString(null));
			}).all());
		return Connection.of(page, fetched, total);
	}

}
