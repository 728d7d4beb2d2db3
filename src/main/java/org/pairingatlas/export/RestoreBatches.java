package org.pairingatlas.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * The second pass of a restore: writes the nodes, then the relationships, in batches of a
 * set number of rows, one transaction each. Until the end each written node carries a
 * mark label and its file id, indexed, so that relationships find their nodes without the
 * restore holding a map of ids; the end removes the mark and the index.
 */
final class RestoreBatches implements GraphSink {

	/** The label that marks a node the running restore wrote. */
	static final String MARK = "PairingAtlasRestore";

	/** The property that holds a marked node's id in the file. */
	static final String MARK_ID = "pairingAtlasRestoreId";

	private static final String CREATE_MARK_INDEX = """
			CREATE INDEX pairing_atlas_restore_id IF NOT EXISTS
			FOR (n:PairingAtlasRestore) ON (n.pairingAtlasRestoreId)
			""";

	private static final String AWAIT_MARK_INDEX = "CALL db.awaitIndex('pairing_atlas_restore_id', 300)";

	private static final String DROP_MARK_INDEX = "DROP INDEX pairing_atlas_restore_id IF EXISTS";

	// Labels and types are part of a statement's text, not parameters: %s is replaced by
	// names checked by CypherNames, once for each combination of labels or each type.
	private static final String CREATE_NODES = """
			UNWIND $rows AS row
			CREATE (n%s:PairingAtlasRestore {pairingAtlasRestoreId: row.id})
			SET n += row.properties
			""";

	private static final String CREATE_RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH (a:PairingAtlasRestore {pairingAtlasRestoreId: row.start})
			MATCH (b:PairingAtlasRestore {pairingAtlasRestoreId: row.end})
			CREATE (a)-[r:%s]->(b)
			SET r += row.properties
			RETURN count(r) AS created
			""";

	private static final String UNMARK = """
			MATCH (n:PairingAtlasRestore)
			WITH n LIMIT $batchSize
			REMOVE n:PairingAtlasRestore, n.pairingAtlasRestoreId
			RETURN count(n) AS unmarked
			""";

	private final Driver driver;

	private final int batchSize;

	private final Map<List<String>, List<Map<String, Object>>> nodeRows = new LinkedHashMap<>();

	private final Map<String, List<Map<String, Object>>> relationshipRows = new LinkedHashMap<>();

	private int pendingNodes;

	private int pendingRelationships;

	private long nodes;

	private long relationships;

	RestoreBatches(Driver driver, int batchSize) {
		this.driver = driver;
		this.batchSize = batchSize;
	}

	void start() {
		try (Session session = this.driver.session()) {
			session.run(CREATE_MARK_INDEX).consume();
			session.run(AWAIT_MARK_INDEX).consume();
		}
	}

	@Override
	public void node(ExportedNode node) {
		// The application wrote its own records of the schema when it migrated.
		if (node.isSchemaMigration()) {
			return;
		}
		List<String> labels = List.copyOf(new TreeSet<>(node.labels()));
		this.nodeRows.computeIfAbsent(labels, (key) -> new ArrayList<>())
			.add(Map.of("id", node.id(), "properties", node.propertyMap()));
		if (++this.pendingNodes >= this.batchSize) {
			writeNodes();
		}
	}

	@Override
	public void relationship(ExportedRelationship relationship) {
		this.relationshipRows.computeIfAbsent(relationship.type(), (key) -> new ArrayList<>())
			.add(Map.of("start", relationship.start(), "end", relationship.end(), "properties",
					relationship.propertyMap()));
		if (++this.pendingRelationships >= this.batchSize) {
			writeRelationships();
		}
	}

	/** Writes what is left and removes the marks. */
	void finish() {
		writeRelationships();
		try (Session session = this.driver.session()) {
			long unmarked;
			do {
				unmarked = session.executeWrite(
						(tx) -> tx.run(UNMARK, Map.of("batchSize", this.batchSize)).single().get("unmarked").asLong());
			}
			while (unmarked > 0);
			session.run(DROP_MARK_INDEX).consume();
		}
	}

	long nodes() {
		return this.nodes;
	}

	long relationships() {
		return this.relationships;
	}

	private void writeNodes() {
		if (this.pendingNodes == 0) {
			return;
		}
		write((tx) -> this.nodeRows.forEach((labels,
				rows) -> tx.run(CREATE_NODES.formatted(
						labels.stream().map((label) -> ":" + CypherNames.quoted(label)).collect(Collectors.joining())),
						Map.of("rows", rows))
					.consume()));
		this.nodes += this.pendingNodes;
		this.pendingNodes = 0;
		this.nodeRows.clear();
	}

	private void writeRelationships() {
		// A relationship's nodes come before it in the file, so they are written by now.
		writeNodes();
		if (this.pendingRelationships == 0) {
			return;
		}
		write((tx) -> this.relationshipRows.forEach((type, rows) -> {
			long created = tx.run(CREATE_RELATIONSHIPS.formatted(CypherNames.quoted(type)), Map.of("rows", rows))
				.single()
				.get("created")
				.asLong();
			// The first pass saw every end node in the file; one missing here is a bug.
			if (created != rows.size()) {
				throw new IllegalStateException("Only " + created + " of " + rows.size() + " " + type
						+ " relationships found both their nodes");
			}
		}));
		this.relationships += this.pendingRelationships;
		this.pendingRelationships = 0;
		this.relationshipRows.clear();
	}

	private void write(Consumer<TransactionContext> batch) {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(batch);
		}
	}

}
