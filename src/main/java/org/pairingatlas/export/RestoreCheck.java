package org.pairingatlas.export;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The first pass of a restore, which writes nothing: every id is used once, every label
 * and type is a name, every relationship joins nodes the file holds before it, and the
 * schema migration records are complete. Holds the ids of the file's nodes and
 * relationships while it runs (some hundred bytes each), not the graph.
 */
final class RestoreCheck implements GraphSink {

	private final Path file;

	private final Set<String> nodeIds = new HashSet<>();

	private final Set<String> relationshipIds = new HashSet<>();

	private final Set<String> migrationIds = new HashSet<>();

	private final Map<String, String> migrations = new TreeMap<>();

	RestoreCheck(Path file) {
		this.file = file;
	}

	@Override
	public void node(ExportedNode node) {
		String element = "node '" + node.id() + "'";
		if (!this.nodeIds.add(node.id())) {
			throw refused(node.position(), "the node id '" + node.id() + "' is used by an earlier node too");
		}
		for (String label : node.labels()) {
			if (!CypherNames.isName(label)) {
				throw refused(node.position(),
						element + " has the label '" + label + "', which is not a name (" + CypherNames.RULE + ")");
			}
			if (label.equals(RestoreBatches.MARK)) {
				throw refused(node.position(), element + " has the label " + label + ", which the restore itself uses");
			}
		}
		for (Property property : node.properties()) {
			if (property.name().isEmpty() || property.name().equals(RestoreBatches.MARK_ID)) {
				throw refused(node.position(), element + " has a property named '" + property.name()
						+ "', which is empty or the one the restore itself uses");
			}
		}
		if (node.isSchemaMigration()) {
			this.migrationIds.add(node.id());
			String version = text(node, "version");
			if (this.migrations.put(version, text(node, "checksum")) != null) {
				throw refused(node.position(), "schema migration " + version + " is recorded twice");
			}
		}
	}

	@Override
	public void relationship(ExportedRelationship relationship) {
		String element = "relationship '" + relationship.id() + "'";
		if (!this.relationshipIds.add(relationship.id())) {
			throw refused(relationship.position(),
					"the relationship id '" + relationship.id() + "' is used by an earlier relationship too");
		}
		if (!CypherNames.isName(relationship.type())) {
			throw refused(relationship.position(), element + " has the type '" + relationship.type()
					+ "', which is not a name (" + CypherNames.RULE + ")");
		}
		for (Property property : relationship.properties()) {
			if (property.name().isEmpty()) {
				throw refused(relationship.position(), element + " has a property with an empty name");
			}
		}
		end(relationship, "starts", relationship.start());
		end(relationship, "ends", relationship.end());
	}

	/** The version and checksum of each schema migration the file records. */
	Map<String, String> migrations() {
		return this.migrations;
	}

	private void end(ExportedRelationship relationship, String verb, String nodeId) {
		String element = "relationship '" + relationship.id() + "' " + verb + " at node '" + nodeId + "'";
		if (!this.nodeIds.contains(nodeId)) {
			throw refused(relationship.position(),
					element + ", which is not in the file (a relationship comes after both its nodes)");
		}
		if (this.migrationIds.contains(nodeId)) {
			throw refused(relationship.position(),
					element + ", a schema migration record, which the application writes itself");
		}
	}

	private String text(ExportedNode migration, String name) {
		return migration.properties()
			.stream()
			.filter((property) -> property.name().equals(name) && property.value() instanceof String)
			.map((property) -> (String) property.value())
			.findFirst()
			.orElseThrow(() -> refused(migration.position(),
					"the schema migration record '" + migration.id() + "' has no " + name + " text"));
	}

	private RestoreRefused refused(String position, String problem) {
		return new RestoreRefused(this.file, position, problem);
	}

}
