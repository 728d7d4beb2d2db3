package org.pairingatlas.sheet;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The programmes as a sheet's column names them: by key, Chinese or English name; the
 * template offers their Chinese names.
 */
@Component
public class ProgrammeWords {

	private static final String PROGRAMMES = """
			MATCH (g:Programme)
			RETURN g.key AS key, g.name AS name, coalesce(g.nameEn, g.key) AS nameEn ORDER BY g.key
			""";

	private final Neo4jClient client;

	ProgrammeWords(Neo4jClient client) {
		this.client = client;
	}

	public List<Word> all() {
		return List.copyOf(this.client.query(PROGRAMMES)
			.fetchAs(Word.class)
			.mappedBy((types, row) -> Word.of(row.get("key").asString(), row.get("name").asString(),
					row.get("nameEn").asString()))
			.all());
	}

}
