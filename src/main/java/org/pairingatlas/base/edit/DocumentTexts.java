package org.pairingatlas.base.edit;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Whether an edit's excerpt stands in the document it cites, where the document's text is
 * held here (a source with a {@code file} under the seed's folder), as the seed's own
 * citations are checked.
 */
@Component
public class DocumentTexts {

	private static final String FILE = "MATCH (s:Source {key: $key}) RETURN s.file AS file";

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
		Optional<String> file = this.client.query(FILE)
			.bind(documentKey)
			.to("key")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("file").isNull() ? null : row.get("file").asString())
			.one();
		return file.isEmpty() || this.texts.contains(file.get(), excerpt);
	}

}
