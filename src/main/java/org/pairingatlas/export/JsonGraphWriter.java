package org.pairingatlas.export;

import java.io.OutputStream;
import java.util.List;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes an export as one JSON object, node by node and relationship by relationship:
 *
 * <pre>
 * {"format":"pairing-atlas-export","version":1,"nodes":[
 * {"id":"4:…:0","labels":["Entity","Region"],"properties":{"name":{"type":"String","value":"十堰市"}}}
 * ,{"id":"4:…:1","labels":["Source"],"properties":{"issued":{"type":"Date","value":"2014-06-01"}}}
 * ],"relationships":[
 * {"id":"5:…:0","type":"CITES","start":"4:…:0","end":"4:…:1","properties":{}}
 * ]}
 * </pre>
 *
 * Ids are the exported database's element ids, meaningful only within the file. Each
 * property names its Neo4j type ({@link PropertyType}); values are as {@link JsonValues}
 * writes them.
 */
final class JsonGraphWriter implements GraphFileWriter {

	private static final JsonFactory FACTORY = new JsonFactory();

	private final JsonGenerator json;

	private boolean inRelationships;

	JsonGraphWriter(OutputStream out) {
		this.json = FACTORY.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
		this.json.writeStartObject();
		this.json.writeStringProperty("format", GraphFormat.NAME);
		this.json.writeNumberProperty("version", GraphFormat.VERSION);
		this.json.writeName("nodes");
		this.json.writeStartArray();
	}

	@Override
	public void node(ExportedNode node) {
		if (this.inRelationships) {
			throw new IllegalStateException("An export writes every node before the relationships");
		}
		startElement();
		this.json.writeStringProperty("id", node.id());
		this.json.writeName("labels");
		this.json.writeStartArray();
		for (String label : node.labels()) {
			this.json.writeString(label);
		}
		this.json.writeEndArray();
		writeProperties(node.properties());
		this.json.writeEndObject();
	}

	@Override
	public void relationship(ExportedRelationship relationship) {
		if (!this.inRelationships) {
			startRelationships();
		}
		startElement();
		this.json.writeStringProperty("id", relationship.id());
		this.json.writeStringProperty("type", relationship.type());
		this.json.writeStringProperty("start", relationship.start());
		this.json.writeStringProperty("end", relationship.end());
		writeProperties(relationship.properties());
		this.json.writeEndObject();
	}

	@Override
	public void finish() {
		if (!this.inRelationships) {
			startRelationships();
		}
		this.json.writeRaw('\n');
		this.json.writeEndArray();
		this.json.writeEndObject();
		this.json.writeRaw('\n');
		this.json.flush();
	}

	@Override
	public void close() {
		this.json.close();
	}

	private void startElement() {
		// One element a line, so that line tools (head, grep, diff) can read a file of
		// any size.
		this.json.writeRaw('\n');
		this.json.writeStartObject();
	}

	private void startRelationships() {
		this.json.writeRaw('\n');
		this.json.writeEndArray();
		this.json.writeName("relationships");
		this.json.writeStartArray();
		this.inRelationships = true;
	}

	private void writeProperties(List<Property> properties) {
		this.json.writeName("properties");
		this.json.writeStartObject();
		for (Property property : properties) {
			this.json.writeName(property.name());
			this.json.writeStartObject();
			this.json.writeStringProperty("type", property.type().name());
			this.json.writeName("value");
			JsonValues.write(this.json, property.type(), property.value());
			this.json.writeEndObject();
		}
		this.json.writeEndObject();
	}

}
