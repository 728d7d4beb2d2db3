package org.pairingatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

/**
 * Writes an export as standard GraphML. Nodes carry their labels in the {@code labels}
 * data as {@code :Entity:Region}, edges their type in the {@code type} data. Each
 * property name and type gets a {@code <key>} whose {@code attr.type} is GraphML's own
 * where it holds the value exactly ({@code string}, {@code long}, {@code double},
 * {@code boolean}) and {@code string} otherwise, with the Neo4j type in the attribute
 * {@code pa:type} (namespace {@value #NAMESPACE}): dates, times, durations and points are
 * then in their {@link ValueKind} text form, lists a JSON array as {@link JsonValues}
 * writes it. Text that XML cannot carry exactly (a carriage return, control characters)
 * goes under a key of its own marked {@code pa:encoding="base64"}, as the Base64 of its
 * UTF-8 bytes, so every value reads back as it was.
 * <p>
 * GraphML declares its keys before the graph, and which keys there are is known only at
 * the end, so the graph is written to a temporary file first and copied in after them.
 */
final class GraphMlWriter implements GraphFileWriter {

	static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

	static final String NAMESPACE = "urn:pairing-atlas:export";

	/** The key of a node's labels. */
	static final String LABELS = "labels";

	/** The key of an edge's relationship type. */
	static final String TYPE = "type";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

	private final OutputStream out;

	private final Path body;

	private final OutputStream bodyOut;

	private final XMLStreamWriter xml;

	private final Map<Key, String> keys = new LinkedHashMap<>();

	GraphMlWriter(OutputStream out, Path workFolder) {
		this.out = out;
		try {
			this.body = Files.createTempFile(workFolder, "graph-", ".graphml.body");
			this.bodyOut = Files.newOutputStream(this.body);
			this.xml = FACTORY.createXMLStreamWriter(this.bodyOut, "UTF-8");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void node(ExportedNode node) {
		try {
			this.xml.writeCharacters("\n");
			this.xml.writeStartElement("node");
			this.xml.writeAttribute("id", node.id());
			if (!node.labels().isEmpty()) {
				data(LABELS, ":" + String.join(":", node.labels()));
			}
			properties("node", node.properties());
			this.xml.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void relationship(ExportedRelationship relationship) {
		try {
			this.xml.writeCharacters("\n");
			this.xml.writeStartElement("edge");
			this.xml.writeAttribute("id", relationship.id());
			this.xml.writeAttribute("source", relationship.start());
			this.xml.writeAttribute("target", relationship.end());
			data(TYPE, relationship.type());
			properties("edge", relationship.properties());
			this.xml.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void finish() {
		try {
			this.xml.writeCharacters("\n");
			this.xml.close();
			this.bodyOut.close();
			XMLStreamWriter head = FACTORY.createXMLStreamWriter(this.out, "UTF-8");
			head.writeStartDocument("UTF-8", "1.0");
			head.writeCharacters("\n");
			head.writeStartElement("graphml");
			head.writeDefaultNamespace(GRAPHML);
			head.writeNamespace("pa", NAMESPACE);
			head.writeAttribute("pa", NAMESPACE, "format", GraphFormat.NAME);
			head.writeAttribute("pa", NAMESPACE, "version", String.valueOf(GraphFormat.VERSION));
			declare(head, LABELS, "node", null);
			declare(head, TYPE, "edge", null);
			for (Map.Entry<Key, String> key : this.keys.entrySet()) {
				declare(head, key.getValue(), key.getKey().domain(), key.getKey());
			}
			head.writeCharacters("\n");
			head.writeStartElement("graph");
			head.writeAttribute("id", "G");
			head.writeAttribute("edgedefault", "directed");
			// Closes the start tag, so the graph's elements can follow it byte for byte.
			head.writeCharacters("");
			head.flush();
			Files.copy(this.body, this.out);
			head.writeEndElement();
			head.writeCharacters("\n");
			head.writeEndElement();
			head.writeCharacters("\n");
			head.writeEndDocument();
			head.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.xml.close();
		}
		catch (XMLStreamException ex) {
			// Closing twice is harmless; the stream below is closed either way.
		}
		this.bodyOut.close();
		Files.deleteIfExists(this.body);
	}

	private void properties(String domain, List<Property> properties) throws XMLStreamException {
		for (Property property : properties) {
			String text = property.type().list() ? JsonValues.listText(property.type(), property.value())
					: property.type().kind().format(property.value());
			boolean base64 = !XmlText.isExact(text);
			String key = this.keys.computeIfAbsent(new Key(domain, property.name(), property.type(), base64),
					this::newKey);
			data(key, base64 ? Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) : text);
		}
	}

	private String newKey(Key key) {
		// Parsers fold tabs and line breaks in attribute values into spaces.
		if (!XmlText.isExactInAttribute(key.name())) {
			throw new IllegalArgumentException("The property name '" + key.name()
					+ "' cannot be written exactly in GraphML; export to a .json file instead");
		}
		return key.domain().charAt(0) + String.valueOf(this.keys.size());
	}

	private void data(String key, String text) throws XMLStreamException {
		this.xml.writeStartElement("data");
		this.xml.writeAttribute("key", key);
		this.xml.writeCharacters(text);
		this.xml.writeEndElement();
	}

	private static void declare(XMLStreamWriter head, String id, String domain, @Nullable Key property)
			throws XMLStreamException {
		head.writeCharacters("\n");
		head.writeEmptyElement("key");
		head.writeAttribute("id", id);
		head.writeAttribute("for", domain);
		if (property == null) {
			head.writeAttribute("attr.name", id);
			head.writeAttribute("attr.type", "string");
			return;
		}
		head.writeAttribute("attr.name", property.name());
		head.writeAttribute("attr.type", property.base64() ? "string" : property.type().graphMlType());
		head.writeAttribute("pa", NAMESPACE, "type", property.type().name());
		if (property.base64()) {
			head.writeAttribute("pa", NAMESPACE, "encoding", "base64");
		}
	}

	/** A property key: one per element kind, property name, type and encoding. */
	private record Key(String domain, String name, PropertyType type, boolean base64) {
	}

}
