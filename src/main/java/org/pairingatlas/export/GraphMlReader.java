package org.pairingatlas.export;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * Reads a GraphML export (as {@link GraphMlWriter} documents it) element by element,
 * handing each node and edge on as soon as it is read. It reads what an export holds and
 * refuses the rest of GraphML (undirected edges, key defaults, nested graphs, ports,
 * hyperedges) rather than guess at it.
 */
final class GraphMlReader {

	private final Path file;

	private final XMLStreamReader xml;

	private final GraphSink sink;

	private final Map<String, Key> keys = new HashMap<>();

	private long nodes;

	private long edges;

	private GraphMlReader(Path file, XMLStreamReader xml, GraphSink sink) {
		this.file = file;
		this.xml = xml;
		this.sink = sink;
	}

	static void read(Path file, GraphSink sink) {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		// An export has no DTD; refusing one keeps entity tricks out.
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			XMLStreamReader xml = factory.createXMLStreamReader(in);
			try {
				new GraphMlReader(file, xml, sink).document();
			}
			finally {
				xml.close();
			}
		}
		catch (XMLStreamException ex) {
			String message = String.valueOf(ex.getMessage());
			int start = message.indexOf("Message: ");
			throw new RestoreRefused(file, position(ex.getLocation()),
					"not well-formed XML: " + ((start >= 0) ? message.substring(start + 9) : message), ex);
		}
		catch (IOException ex) {
			throw new RestoreRefused(file, "", "cannot be read: " + ex, ex);
		}
	}

	private void document() throws XMLStreamException {
		this.xml.nextTag();
		if (!"graphml".equals(this.xml.getLocalName()) || !GraphMlWriter.GRAPHML.equals(this.xml.getNamespaceURI())) {
			throw refused("the document is not GraphML (its root is <" + this.xml.getLocalName() + ">)");
		}
		String format = this.xml.getAttributeValue(GraphMlWriter.NAMESPACE, "format");
		if (!GraphFormat.NAME.equals(format)) {
			throw refused("the GraphML is not a " + GraphFormat.NAME + " (pa:format is '" + format + "')");
		}
		String version = this.xml.getAttributeValue(GraphMlWriter.NAMESPACE, "version");
		if (!String.valueOf(GraphFormat.VERSION).equals(version)) {
			throw refused("version " + version + " is not one this application reads (it reads version "
					+ GraphFormat.VERSION + ")");
		}
		boolean graph = false;
		while (this.xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			switch (element()) {
				case "key" -> {
					if (graph) {
						throw refused("the keys come before the graph");
					}
					key();
				}
				case "graph" -> {
					if (graph) {
						throw refused("there is a second graph; an export holds one");
					}
					graph();
					graph = true;
				}
				case "desc" -> skip();
				default -> throw refused("<" + this.xml.getLocalName() + "> is not part of an export");
			}
		}
		if (!graph) {
			throw refused("the GraphML holds no graph");
		}
		// Lets the parser check that nothing but comments follows the root.
		while (this.xml.hasNext()) {
			this.xml.next();
		}
	}

	private void key() throws XMLStreamException {
		String id = attribute("key", "id");
		String domain = attribute("key", "for");
		String type = this.xml.getAttributeValue(GraphMlWriter.NAMESPACE, "type");
		String encoding = this.xml.getAttributeValue(GraphMlWriter.NAMESPACE, "encoding");
		if (this.keys.containsKey(id)) {
			throw refused("the key '" + id + "' is declared twice");
		}
		if (type == null) {
			if (!(id.equals(GraphMlWriter.LABELS) && domain.equals("node"))
					&& !(id.equals(GraphMlWriter.TYPE) && domain.equals("edge"))) {
				throw refused("the key '" + id + "' has no pa:type naming the Neo4j type of its values");
			}
			this.keys.put(id, new Key(domain, id, null, false));
		}
		else {
			if (!domain.equals("node") && !domain.equals("edge")) {
				throw refused("the key '" + id + "' is for " + domain + "; an export's keys are for node or edge");
			}
			if (encoding != null && !encoding.equals("base64")) {
				throw refused("the key '" + id + "' has the unknown encoding '" + encoding + "'");
			}
			PropertyType propertyType = PropertyType.named(type)
				.orElseThrow(() -> refused("the key '" + id + "' has the unknown type '" + type + "'"));
			this.keys.put(id, new Key(domain, attribute("key", "attr.name"), propertyType, encoding != null));
		}
		while (this.xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			if (!element().equals("desc")) {
				throw refused("<" + this.xml.getLocalName() + "> in a key is not part of an export");
			}
			skip();
		}
	}

	private void graph() throws XMLStreamException {
		String edgeDefault = this.xml.getAttributeValue(null, "edgedefault");
		if (!"directed".equals(edgeDefault)) {
			throw refused("the graph's edgedefault is '" + edgeDefault + "'; Neo4j relationships are directed");
		}
		while (this.xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			switch (element()) {
				case "node" -> this.sink.node(node());
				case "edge" -> this.sink.relationship(edge());
				case "desc" -> skip();
				default -> throw refused("<" + this.xml.getLocalName() + "> is not part of an export's graph");
			}
		}
	}

	private ExportedNode node() throws XMLStreamException {
		String position = position(this.xml.getLocation());
		String id = attribute("node", "id");
		Content content = content("node " + (++this.nodes) + " ('" + id + "')", "node");
		String labels = content.structure();
		if (labels != null && !labels.isEmpty() && !labels.startsWith(":")) {
			throw new RestoreRefused(this.file, position,
					content.element() + " has the labels '" + labels + "'; an export writes them as :Label:Other");
		}
		List<String> names = (labels == null || labels.isEmpty()) ? List.of()
				: Arrays.asList(labels.substring(1).split(":", -1));
		return new ExportedNode(id, names, content.properties(), position);
	}

	private ExportedRelationship edge() throws XMLStreamException {
		String position = position(this.xml.getLocation());
		String id = attribute("edge", "id");
		String source = attribute("edge", "source");
		String target = attribute("edge", "target");
		String directed = this.xml.getAttributeValue(null, "directed");
		if (directed != null && !directed.equals("true")) {
			throw refused("edge '" + id + "' is undirected; Neo4j relationships are directed");
		}
		Content content = content("edge " + (++this.edges) + " ('" + id + "')", "edge");
		if (content.structure() == null) {
			throw new RestoreRefused(this.file, position, content.element() + " has no type");
		}
		return new ExportedRelationship(id, content.structure(), source, target, content.properties(), position);
	}

	/** Reads the data of a node or edge up to its end tag. */
	private Content content(String element, String domain) throws XMLStreamException {
		String structure = null;
		List<Property> properties = new ArrayList<>();
		Set<String> names = new HashSet<>();
		while (this.xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			if (element().equals("desc")) {
				skip();
				continue;
			}
			if (!this.xml.getLocalName().equals("data")) {
				throw refused(element + " holds <" + this.xml.getLocalName() + ">, which an export does not use");
			}
			String keyId = attribute("data", "key");
			Key key = this.keys.get(keyId);
			if (key == null || !key.domain().equals(domain)) {
				throw refused(
						element + " has data for the key '" + keyId + "', which is not declared for " + domain + "s");
			}
			String position = position(this.xml.getLocation());
			String text = this.xml.getElementText();
			if (key.type() == null) {
				structure = text;
			}
			else if (!names.add(key.name())) {
				throw new RestoreRefused(this.file, position, element + " has the property '" + key.name() + "' twice");
			}
			else {
				properties.add(property(element + ", property '" + key.name() + "'", key, text, position));
			}
		}
		return new Content(element, structure, properties);
	}

	private Property property(String what, Key key, String text, String position) {
		PropertyType type = key.type();
		try {
			String raw = key.base64() ? new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8) : text;
			Object value = type.list() ? JsonValues.parseList(type, raw) : type.kind().parse(raw);
			return new Property(key.name(), type, value);
		}
		catch (IllegalArgumentException ex) {
			throw new RestoreRefused(this.file, position, what + ": " + ex.getMessage());
		}
	}

	/** The local name of the current start tag, which must be a GraphML element. */
	private String element() {
		if (!GraphMlWriter.GRAPHML.equals(this.xml.getNamespaceURI())) {
			throw refused("<" + this.xml.getLocalName() + "> is not a GraphML element");
		}
		return this.xml.getLocalName();
	}

	private String attribute(String element, String name) {
		String value = this.xml.getAttributeValue(null, name);
		if (value == null) {
			throw refused("<" + element + "> has no " + name);
		}
		return value;
	}

	private void skip() throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = this.xml.next();
			depth += (event == XMLStreamConstants.START_ELEMENT) ? 1
					: (event == XMLStreamConstants.END_ELEMENT) ? -1 : 0;
		}
	}

	private RestoreRefused refused(String problem) {
		return new RestoreRefused(this.file, position(this.xml.getLocation()), problem);
	}

	private static String position(@Nullable Location at) {
		return (at != null) ? RestoreRefused.position(at.getLineNumber(), at.getColumnNumber()) : "";
	}

	/** A declared key: the labels or type of an element when it has no property type. */
	private record Key(String domain, String name, @Nullable PropertyType type, boolean base64) {
	}

	/** What a node or edge holds. */
	private record Content(String element, @Nullable String structure, List<Property> properties) {
	}

}
