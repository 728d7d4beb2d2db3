package org.pairingatlas.explorer;

import java.io.ByteArrayOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.pairingatlas.network.Subgraph;

/**
 * Writes a subgraph as GraphML, which Gephi, yEd and Cytoscape desktop open, with each
 * node's type, label, programme, level, kind, confirmation and funding as attributes.
 */
final class GraphMl {

	private static final String[][] NODE_KEYS = { { "label", "string" }, { "type", "string" },
			{ "programme", "string" }, { "level", "string" }, { "kind", "string" }, { "confirmed", "boolean" },
			{ "funding", "double" } };

	private GraphMl() {
	}

	static byte[] of(Subgraph graph) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeStartElement("graphml");
			xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
			for (String[] key : NODE_KEYS) {
				key(xml, key[0], "node", key[1]);
			}
			key(xml, "relationship", "edge", "string");
			xml.writeStartElement("graph");
			xml.writeAttribute("id", "pairing-atlas");
			xml.writeAttribute("edgedefault", "directed");
			for (Subgraph.GraphNode node : graph.nodes()) {
				xml.writeStartElement("node");
				xml.writeAttribute("id", node.id());
				data(xml, "label", node.label());
				data(xml, "type", node.type());
				data(xml, "programme", node.programme());
				data(xml, "level", node.level());
				data(xml, "kind", node.kind());
				data(xml, "confirmed", String.valueOf(node.confirmed()));
				data(xml, "funding", (node.funding() != null) ? node.funding().toPlainString() : null);
				xml.writeEndElement();
			}
			for (Subgraph.GraphEdge edge : graph.edges()) {
				xml.writeStartElement("edge");
				xml.writeAttribute("id", edge.id());
				xml.writeAttribute("source", edge.source());
				xml.writeAttribute("target", edge.target());
				data(xml, "relationship", edge.type());
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write GraphML", ex);
		}
		return out.toByteArray();
	}

	private static void key(XMLStreamWriter xml, String name, String scope, String type) throws XMLStreamException {
		xml.writeEmptyElement("key");
		xml.writeAttribute("id", name);
		xml.writeAttribute("for", scope);
		xml.writeAttribute("attr.name", name);
		xml.writeAttribute("attr.type", type);
	}

	private static void data(XMLStreamWriter xml, String key, @org.jspecify.annotations.Nullable String value)
			throws XMLStreamException {
		if (value == null) {
			return;
		}
		xml.writeStartElement("data");
		xml.writeAttribute("key", key);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

}
