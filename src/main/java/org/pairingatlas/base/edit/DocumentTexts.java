package org.pairingatlas.base.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The texts of the documents held here (sources with a {@code file} under the seed's
 * folder), so that an edit's excerpt is checked to stand in the document it cites, as the
 * seed's own citations are. Whitespace is ignored: the documents wrap lines arbitrarily.
 */
@Component
public class DocumentTexts {

	private static final String FILE = "MATCH (s:Source {key: $key}) RETURN s.file AS file";

	private final Neo4jClient client;

	private final Resource seedLocation;

	// Keyed by file; the texts are the seed's and do not change while the application
	// runs.
	private final Map<String, String> normalisedTexts = new ConcurrentHashMap<>();

	DocumentTexts(Neo4jClient client, ResourceLoader resources,
			@Value("${pairing-atlas.seed.location:classpath:graph-seed/}") String seedLocation) {
		this.client = client;
		String folder = seedLocation.endsWith("/") ? seedLocation : seedLocation + "/";
		this.seedLocation = resources.getResource(folder);
	}

	/**
	 * Whether the excerpt stands in the document; true where no text of the document is
	 * held here (a web page), as there is nothing to check it against.
	 */
	boolean stands(String documentKey, String excerpt) {
		Optional<String> file = this.client.query(FILE)
			.bind(documentKey)
			.to("key")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("file").isNull() ? null : row.get("file").asString())
			.one();
		return file.isEmpty() || text(file.get()).contains(normalise(excerpt));
	}

	private String text(String file) {
		return this.normalisedTexts.computeIfAbsent(file, (name) -> {
			try {
				return normalise(this.seedLocation.createRelative(name).getContentAsString(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new IllegalStateException("the text of " + name + " cannot be read", ex);
			}
		});
	}

	/** The text without whitespace, as excerpts are compared. */
	public static String normalise(String text) {
		return text.replaceAll("\\s+", "");
	}

}
