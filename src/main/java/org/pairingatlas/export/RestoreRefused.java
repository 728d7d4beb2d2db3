package org.pairingatlas.export;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * A restore was refused before it wrote anything: names the file, where known the
 * position in it and the node, relationship or property, and what was wrong.
 */
public class RestoreRefused extends RuntimeException {

	private final String file;

	RestoreRefused(Path file, String position, String problem) {
		this(file, position, problem, null);
	}

	RestoreRefused(Path file, String position, String problem, @Nullable Throwable cause) {
		super(file + (position.isEmpty() ? "" : ", " + position) + ": " + problem, cause);
		this.file = file.toString();
	}

	/** The file that was refused, as it was given. */
	public String file() {
		return this.file;
	}

	/** A position in a text file, as messages give it. */
	static String position(long line, long column) {
		return "line " + line + ", column " + column;
	}

}
