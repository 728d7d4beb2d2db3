package org.pairingatlas.base.edit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Whether an edit's excerpt stands in the document it cites, where the document's text is
 * held here (a seed source with a {@code file} under the seed's folder, or a registered
 * document's text in the graph), as the seed's own citations are checked.
 */
@Component
public class DocumentTexts {

	// A seed document's text is a file in the seed, read once and kept here; a registered
	// document's is kept in the graph beside it and fetched only for those, not for every
	// edit citing a seed document.
	private static final String TEXT = """
			MATCH (s:Source {key: $key})
			OPTIONAL MATCH (s)-[:HAS_TEXT]->(t:SourceText)
			RETURN s.file AS file, CASE WHEN s.file IS NULL THEN t.text END AS text, s.origin = 'sheet' AS sheet
			""";

	// A sheet's text is its rows, kept with the imports of the file: a whole row is found
	// by the hash of its text; only a part of one makes the sheet's rows be read.
	private static final String WHOLE_ROW = """
			MATCH (r:ImportRow {textHash: $hash})
			WHERE r.text = $excerpt AND EXISTS { (r)<-[:HAS_ROW]-(:SheetImport {source: $key}) }
			RETURN count(r) > 0 AS stands
			""";

	private static final String IN_ROW = """
			MATCH (:SheetImport {source: $key})-[:HAS_ROW]->(r:ImportRow)
			WHERE r.text CONTAINS $excerpt
			RETURN count(r) > 0 AS stands
			""";

	// A sheet's text as its document page shows it: its rows in order, once each however
	// often the file was imported.
	private static final String ROWS = """
			MATCH (:SheetImport {source: $key})-[:HAS_ROW]->(r:ImportRow)
			WITH r.number AS number, collect(r.text)[0] AS text
			RETURN text ORDER BY number
			""";

	private final Neo4jClient client;

	private final SourceTexts texts;

	DocumentTexts(Neo4jClient client, ResourceLoader resources,
			@Value("${pairing-atlas.seed.location:classpath:graph-seed/}") String seedLocation) {
		this.client = client;
		String folder = seedLocation.endsWith("/") ? seedLocation : seedLocation + "/";
		this.texts = new SourceTexts(resources.getResource(folder));
	}

	/**
	 * Whether the excerpt stands in the document; true where no text of the document is
	 * held here (a web page), as there is nothing to check it against.
	 */
	public boolean stands(String documentKey, String excerpt) {
		Optional<Map<String, Object>> held = this.client.query(TEXT).bind(documentKey).to("key").fetch().one();
		if (held.isEmpty()) {
			return true;
		}
		if (Boolean.TRUE.equals(held.get().get("sheet"))) {
			Map<String, Object> row = Map.of("key", documentKey, "excerpt", excerpt.strip(), "hash",
					rowHash(excerpt.strip()));
			return this.client.query(WHOLE_ROW).bindAll(row).fetchAs(Boolean.class).one().orElse(false)
					|| this.client.query(IN_ROW).bindAll(row).fetchAs(Boolean.class).one().orElse(false);
		}
		if (held.get().get("text") instanceof String text) {
			return SourceTexts.normalise(text).contains(SourceTexts.normalise(excerpt));
		}
		return !(held.get().get("file") instanceof String file) || this.texts.contains(file, excerpt);
	}

	/** The hash a sheet's row is found by: SHA-256 of its text, in hex. */
	public static String rowHash(String text) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The document's text, where it is held here: a seed file's, or a registered one's.
	 */
	public Optional<String> textOf(String documentKey) {
		Optional<Map<String, Object>> held = this.client.query(TEXT).bind(documentKey).to("key").fetch().one();
		if (held.isEmpty()) {
			return Optional.empty();
		}
		if (held.get().get("text") instanceof String text) {
			return Optional.of(text);
		}
		if (Boolean.TRUE.equals(held.get().get("sheet"))) {
			List<String> rows = List
				.copyOf(this.client.query(ROWS).bind(documentKey).to("key").fetchAs(String.class).all());
			return rows.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", rows));
		}
		return (held.get().get("file") instanceof String file) ? this.texts.raw(file) : Optional.empty();
	}

}
