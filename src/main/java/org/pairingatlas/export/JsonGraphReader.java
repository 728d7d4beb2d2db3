package org.pairingatlas.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a JSON export (the layout {@link JsonGraphWriter} documents) token by token,
 * handing each node and relationship on as soon as it is read. {@code format} and
 * {@code version} come before the lists; within a property {@code type} comes before
 * {@code value}. Anything else is refused with its line and column.
 */
final class JsonGraphReader {

	private static final JsonFactory FACTORY = new JsonFactory();

	private final Path file;

	private final JsonParser json;

	private final GraphSink sink;

	private long nodes;

	private long relationships;

	private JsonGraphReader(Path file, JsonParser json, GraphSink sink) {
		this.file = file;
		this.json = json;
		this.sink = sink;
	}

	static void read(Path file, GraphSink sink) {
		try (InputStream in = Files.newInputStream(file);
				JsonParser json = FACTORY.createParser(ObjectReadContext.empty(), in)) {
			new JsonGraphReader(file, json, sink).document();
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			String position = (at != null) ? RestoreRefused.position(at.getLineNr(), at.getColumnNr()) : "";
			throw new RestoreRefused(file, position, "not well-formed JSON: " + ex.getOriginalMessage(), ex);
		}
		catch (IOException ex) {
			throw new RestoreRefused(file, "", "cannot be read: " + ex, ex);
		}
	}

	private void document() {
		if (this.json.nextToken() != JsonToken.START_OBJECT) {
			throw refused("an export is one JSON object with format, version, nodes and relationships");
		}
		Set<String> seen = new HashSet<>();
		for (String field = this.json.nextName(); field != null; field = this.json.nextName()) {
			if (!seen.add(field)) {
				throw refused("'" + field + "' is given twice");
			}
			this.json.nextToken();
			switch (field) {
				case "format" -> format();
				case "version" -> version();
				case "nodes", "relationships" -> {
					if (!seen.contains("format") || !seen.contains("version")) {
						throw refused("'format' and 'version' come before '" + field + "'");
					}
					elements(field);
				}
				default -> throw refused("'" + field + "' is not a field of an export");
			}
		}
		if (!seen.contains("nodes") || !seen.contains("relationships")) {
			throw refused("the export has no " + (seen.contains("nodes") ? "'relationships'" : "'nodes'")
					+ " list; the file may be cut short");
		}
		if (this.json.nextToken() != null) {
			throw refused("there is more after the end of the export");
		}
	}

	private void format() {
		if (this.json.currentToken() != JsonToken.VALUE_STRING || !GraphFormat.NAME.equals(this.json.getString())) {
			throw refused("the format is '" + this.json.getString() + "', not '" + GraphFormat.NAME + "'");
		}
	}

	private void version() {
		if (this.json.currentToken() != JsonToken.VALUE_NUMBER_INT
				|| !String.valueOf(GraphFormat.VERSION).equals(this.json.getString())) {
			throw refused("version " + this.json.getString() + " is not one this application reads (it reads version "
					+ GraphFormat.VERSION + ")");
		}
	}

	private void elements(String field) {
		if (this.json.currentToken() != JsonToken.START_ARRAY) {
			throw refused("'" + field + "' is a list");
		}
		while (this.json.nextToken() != JsonToken.END_ARRAY) {
			if (field.equals("nodes")) {
				this.sink.node(node());
			}
			else {
				this.sink.relationship(relationship());
			}
		}
	}

	private ExportedNode node() {
		String position = position();
		String element = "node " + (++this.nodes);
		requireObject(element);
		String id = null;
		List<String> labels = List.of();
		List<Property> properties = List.of();
		for (String field = this.json.nextName(); field != null; field = this.json.nextName()) {
			this.json.nextToken();
			switch (field) {
				case "id" -> {
					id = text(element, field);
					element += " ('" + id + "')";
				}
				case "labels" -> labels = labels(element);
				case "properties" -> properties = properties(element);
				default -> throw refused(element + " has a field '" + field + "' that nodes do not have");
			}
		}
		return new ExportedNode(required(id, position, element, "id"), labels, properties, position);
	}

	private ExportedRelationship relationship() {
		String position = position();
		String element = "relationship " + (++this.relationships);
		requireObject(element);
		String id = null;
		String type = null;
		String start = null;
		String end = null;
		List<Property> properties = List.of();
		for (String field = this.json.nextName(); field != null; field = this.json.nextName()) {
			this.json.nextToken();
			switch (field) {
				case "id" -> {
					id = text(element, field);
					element += " ('" + id + "')";
				}
				case "type" -> type = text(element, field);
				case "start" -> start = text(element, field);
				case "end" -> end = text(element, field);
				case "properties" -> properties = properties(element);
				default -> throw refused(element + " has a field '" + field + "' that relationships do not have");
			}
		}
		return new ExportedRelationship(required(id, position, element, "id"),
				required(type, position, element, "type"), required(start, position, element, "start"),
				required(end, position, element, "end"), properties, position);
	}

	private List<String> labels(String element) {
		if (this.json.currentToken() != JsonToken.START_ARRAY) {
			throw refused(element + ": 'labels' is a list of names");
		}
		List<String> labels = new ArrayList<>();
		while (this.json.nextToken() != JsonToken.END_ARRAY) {
			labels.add(text(element, "labels"));
		}
		return labels;
	}

	private List<Property> properties(String element) {
		requireObject(element + ": 'properties'");
		List<Property> properties = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (String name = this.json.nextName(); name != null; name = this.json.nextName()) {
			if (!names.add(name)) {
				throw refused(element + " has the property '" + name + "' twice");
			}
			this.json.nextToken();
			properties.add(property(element + ", property '" + name + "'", name));
		}
		return properties;
	}

	private Property property(String what, String name) {
		requireObject(what);
		if (!"type".equals(this.json.nextName()) || this.json.nextToken() != JsonToken.VALUE_STRING) {
			throw refused(what + " starts with its \"type\", a text such as \"Date\" or \"List<Integer>\"");
		}
		String typeName = this.json.getString();
		PropertyType type = PropertyType.named(typeName)
			.orElseThrow(() -> refused(what + " has the unknown type '" + typeName + "'"));
		if (!"value".equals(this.json.nextName())) {
			throw refused(what + " has its \"value\" right after its \"type\"");
		}
		this.json.nextToken();
		Object value;
		try {
			value = JsonValues.read(this.json, type);
		}
		catch (IllegalArgumentException ex) {
			throw refused(what + ": " + ex.getMessage());
		}
		if (this.json.nextToken() != JsonToken.END_OBJECT) {
			throw refused(what + " has more than a type and a value");
		}
		return new Property(name, type, value);
	}

	private String text(String element, String field) {
		if (this.json.currentToken() != JsonToken.VALUE_STRING) {
			throw refused(element + ": '" + field + "' is text, not " + this.json.getString());
		}
		return this.json.getString();
	}

	private void requireObject(String what) {
		if (this.json.currentToken() != JsonToken.START_OBJECT) {
			throw refused(what + " is not a JSON object");
		}
	}

	private String required(@Nullable String value, String position, String element, String field) {
		if (value == null) {
			throw new RestoreRefused(this.file, position, element + " has no '" + field + "'");
		}
		return value;
	}

	private String position() {
		TokenStreamLocation at = this.json.currentTokenLocation();
		return RestoreRefused.position(at.getLineNr(), at.getColumnNr());
	}

	private RestoreRefused refused(String problem) {
		return new RestoreRefused(this.file, position(), problem);
	}

}
