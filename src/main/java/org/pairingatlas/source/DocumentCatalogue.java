package org.pairingatlas.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.Connection;
import org.pairingatlas.base.graphql.Page;
import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.entity.NodeWords;
import org.pairingatlas.security.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Every source with how many facts cite it, a page at a time, and the facts that cite one
 * source with their excerpts: what the documents pages show, to each reader only the
 * facts they may see.
 */
@Service
public class DocumentCatalogue {

	private static final String MATCHING = """
			MATCH (s:Source)
			WHERE ($kind IS NULL OR s.kind = $kind)
			  AND ($text IS NULL OR s.title CONTAINS $text OR s.number CONTAINS $text OR s.issuer CONTAINS $text)
			""";

	private static final String COUNT = MATCHING + "RETURN count(s) AS total";

	private static final String PAGE = MATCHING + """
			CALL (s) {
			  OPTIONAL MATCH (s)<-[:CITES]-(n:Entity)
			  WHERE %s AND NOT EXISTS { (n:Pairing)-[:SUPPORTER|RECIPIENT]->(side) WHERE NOT %s }
			  RETURN count(DISTINCT n) AS facts
			}
			RETURN s, facts ORDER BY s.date IS NULL, s.date DESC, s.key SKIP $offset LIMIT $limit
			""".formatted(Visibility.rule("n"), Visibility.rule("side"));

	private static final String CITING = """
			MATCH (:Source {key: $key})<-[c:CITES]-(n:Entity)
			WHERE %s AND NOT EXISTS { (n:Pairing)-[:SUPPORTER|RECIPIENT]->(side) WHERE NOT %s }
			RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, %s AS name, c.excerpt AS excerpt
			ORDER BY type, name, key
			""".formatted(Visibility.rule("n"), Visibility.rule("side"), EntityTypes.displayName("n"));

	private final Neo4jClient client;

	private final Visibility visibility;

	DocumentCatalogue(Neo4jClient client, Visibility visibility) {
		this.client = client;
		this.visibility = visibility;
	}

	/** A source and how many facts the reader may see cite it. */
	public record Entry(Document document, long facts) {
	}

	/** A fact citing a source, with the words it quotes. */
	public record CitingFact(String key, String type, String name, @Nullable String excerpt) {
	}

	/** The sources of a kind, or whose title, number or issuer holds the text. */
	public Connection<Entry> find(@Nullable String kind, @Nullable String text, Page page) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("kind", kind);
		parameters.put("text", (text != null && !text.isBlank()) ? text.strip() : null);
		long total = this.client.query(COUNT).bindAll(parameters).fetchAs(Long.class).one().orElse(0L);
		parameters.put(Visibility.PARAMETER, this.visibility.unconfirmed());
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit() + 1);
		List<Entry> fetched = List.copyOf(this.client.query(PAGE)
			.bindAll(parameters)
			.fetchAs(Entry.class)
			.mappedBy((types, row) -> new Entry(Document.of(row.get("s")), row.get("facts").asLong()))
			.all());
		return Connection.of(page, fetched, total);
	}

	/** The facts citing the source that the reader may see. */
	public List<CitingFact> citing(String key) {
		return List.copyOf(this.client.query(CITING)
			.bindAll(Map.of("key", key, Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetchAs(CitingFact.class)
			.mappedBy((types, row) -> new CitingFact(row.get("key").asString(), row.get("type").asString(),
					NodeWords.current(row.get("name").asString()), row.get("excerpt").asString(null)))
			.all());
	}

}
