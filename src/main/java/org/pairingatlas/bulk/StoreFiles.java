package org.pairingatlas.bulk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The CSV files Neo4j's offline importer reads: one per kind of node and one per type of
 * relationship, with typed headers. Nodes get the store's own ids, counted from 0 across
 * all node files, so the importer needs no id mapping and relationships name their ends
 * by those ids.
 */
final class StoreFiles implements AutoCloseable {

	private final Path folder;

	private final List<Table> tables = new ArrayList<>();

	private long nextNode;

	private long relationships;

	StoreFiles(Path folder) {
		this.folder = folder;
	}

	/** A file of nodes with these property columns ({@code name:type}) and labels. */
	Table nodes(String kind, List<String> columns) throws IOException {
		return open("nodes-" + kind + ".csv", ":ID," + String.join(",", columns) + ",:LABEL");
	}

	/** A file of relationships of one type, with these property columns. */
	Table relationships(String type, List<String> columns) throws IOException {
		return open("relationships-" + type + ".csv", ":START_ID,:END_ID," + String.join(",", columns));
	}

	/** Nodes and relationships written so far, and how many of the nodes were units. */
	Counts counts(long units) {
		return new Counts(this.nextNode, this.relationships, units);
	}

	private Table open(String name, String header) throws IOException {
		BufferedWriter out = Files.newBufferedWriter(this.folder.resolve(name), StandardCharsets.UTF_8);
		out.write(header);
		out.write('\n');
		Table table = new Table(out);
		this.tables.add(table);
		return table;
	}

	@Override
	public void close() throws IOException {
		for (Table table : this.tables) {
			table.out.close();
		}
	}

	/** One file being written. */
	final class Table {

		private final Writer out;

		private long rows;

		private Table(Writer out) {
			this.out = out;
		}

		/** Writes a node with its labels and property values; returns its id. */
		long row(List<String> labels, @Nullable Object... values) {
			long id = StoreFiles.this.nextNode++;
			try {
				this.out.write(Long.toString(id));
				for (Object value : values) {
					this.out.write(',');
					write(value);
				}
				this.out.write(',');
				this.out.write(String.join(";", labels));
				this.out.write('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.rows++;
			return id;
		}

		/** Writes a relationship between two node ids, with its property values. */
		void link(long from, long to, @Nullable Object... values) {
			try {
				this.out.write(Long.toString(from));
				this.out.write(',');
				this.out.write(Long.toString(to));
				for (Object value : values) {
					this.out.write(',');
					write(value);
				}
				this.out.write('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			StoreFiles.this.relationships++;
			this.rows++;
		}

		long rows() {
			return this.rows;
		}

		// Text is always quoted, quotes doubled: the importer then keeps
		// commas, semicolons and empty strings as they are.
		private void write(@Nullable Object value) throws IOException {
			if (value == null) {
				return;
			}
			if (value instanceof String text) {
				this.out.write('"');
				this.out.write(text.replace("\"", "\"\""));
				this.out.write('"');
			}
			else {
				this.out.write(value.toString());
			}
		}

	}

	/** What the files hold. */
	record Counts(long nodes, long relationships, long units) {
	}

}
