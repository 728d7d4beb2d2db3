package org.pairingatlas.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * Writes every node and relationship of the database, with all their labels and typed
 * properties, to a JSON or GraphML file (chosen by the file name's extension), reading
 * them as a stream so that a graph of any size passes through in little memory. The file
 * appears only once it is complete.
 */
@Service
public class GraphExport {

	private static final Log log = LogFactory.getLog(GraphExport.class);

	private static final String NODES = """
			MATCH (n)
			RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
			""";

	private static final String RELATIONSHIPS = """
			MATCH (a)-[r]->(b)
			RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS start, elementId(b) AS end,
			       properties(r) AS properties
			""";

	// Reading the national graph takes minutes; the database's own timeout is sized for
	// requests.
	private static final TransactionConfig READ_ALL = TransactionConfig.builder()
		.withTimeout(Duration.ofHours(2))
		.build();

	private final Driver driver;

	/** An export of the database {@code driver} connects to. */
	public GraphExport(Driver driver) {
		this.driver = driver;
	}

	/**
	 * Exports the whole graph to {@code file}, replacing what is there.
	 * @throws IllegalArgumentException if the file name ends in neither {@code .json} nor
	 * {@code .graphml}, or the graph holds what an export cannot restore exactly
	 */
	public GraphFileReport export(Path file) {
		long started = System.nanoTime();
		GraphFormat format = GraphFormat.of(file)
			.orElseThrow(
					() -> new IllegalArgumentException(file + ": an export file's name ends in .json or .graphml"));
		Path part = file.resolveSibling(file.getFileName() + ".part");
		try {
			long[] counts = write(format, part);
			Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
			GraphFileReport report = new GraphFileReport(file, counts[0], counts[1],
					Duration.ofNanos(System.nanoTime() - started));
			log.info("Exported " + report);
			return report;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(file + ": cannot be written: " + ex.getMessage(), ex);
		}
		finally {
			deleteIfExists(part);
		}
	}

	/** Writes the file and returns how many nodes and relationships it holds. */
	private long[] write(GraphFormat format, Path part) throws IOException {
		SessionConfig reading = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part));
				GraphFileWriter writer = format.writer(out, part.toAbsolutePath().getParent());
				Session session = this.driver.session(reading);
				Transaction tx = session.beginTransaction(READ_ALL)) {
			long nodes = each(tx.run(NODES), (row) -> writer.node(node(row)));
			long relationships = each(tx.run(RELATIONSHIPS), (row) -> writer.relationship(relationship(row)));
			writer.finish();
			return new long[] { nodes, relationships };
		}
	}

	private static long each(Result rows, Consumer<Record> action) {
		long count = 0;
		while (rows.hasNext()) {
			action.accept(rows.next());
			count++;
		}
		return count;
	}

	private static ExportedNode node(Record row) {
		String id = row.get("id").asString();
		List<String> labels = row.get("labels").asList(Value::asString);
		for (String label : labels) {
			if (!CypherNames.isName(label)) {
				throw new IllegalArgumentException("Node " + id + " has the label '" + label
						+ "', which a restore would refuse: a label is " + CypherNames.RULE);
			}
		}
		return new ExportedNode(id, labels, properties("node " + id, row.get("properties")), "");
	}

	private static ExportedRelationship relationship(Record row) {
		String id = row.get("id").asString();
		String type = row.get("type").asString();
		if (!CypherNames.isName(type)) {
			throw new IllegalArgumentException("Relationship " + id + " has the type '" + type
					+ "', which a restore would refuse: a type is " + CypherNames.RULE);
		}
		return new ExportedRelationship(id, type, row.get("start").asString(), row.get("end").asString(),
				properties("relationship " + id, row.get("properties")), "");
	}

	private static List<Property> properties(String element, Value map) {
		List<Property> properties = new ArrayList<>();
		// In name order, so that two exports of the same graph compare line by line.
		TreeSet<String> names = new TreeSet<>();
		map.keys().forEach(names::add);
		for (String name : names) {
			try {
				properties.add(Property.of(name, map.get(name)));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("The " + element + ", property '" + name + "': " + ex.getMessage(),
						ex);
			}
		}
		return properties;
	}

	private static void deleteIfExists(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete " + file + ": " + ex.getMessage());
		}
	}

}
