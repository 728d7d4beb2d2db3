package org.pairingatlas.export;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two export file formats, told apart by the file name's extension. */
enum GraphFormat {

	JSON(".json"), GRAPHML(".graphml");

	/** What an export file says it is, in either format. */
	static final String NAME = "pairing-atlas-export";

	/** The layout version this application writes and reads. */
	static final int VERSION = 1;

	private final String extension;

	GraphFormat(String extension) {
		this.extension = extension;
	}

	static Optional<GraphFormat> of(Path file) {
		String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((format) -> name.endsWith(format.extension)).findFirst();
	}

	/**
	 * A writer of this format to {@code out}; {@code workFolder} is where it may keep a
	 * temporary file.
	 */
	GraphFileWriter writer(OutputStream out, Path workFolder) {
		return (this == JSON) ? new JsonGraphWriter(out) : new GraphMlWriter(out, workFolder);
	}

	/**
	 * Reads {@code file} into {@code sink}, in file order.
	 * @throws RestoreRefused where the file is not a well-formed export of this format
	 */
	void read(Path file, GraphSink sink) {
		if (this == JSON) {
			JsonGraphReader.read(file, sink);
		}
		else {
			GraphMlReader.read(file, sink);
		}
	}

}
