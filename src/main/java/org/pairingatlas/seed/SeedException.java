package org.pairingatlas.seed;

import org.jspecify.annotations.Nullable;

/**
 * A seed file was refused: names the file, and where known the line, the field and the
 * value that was wrong. Nothing of the file was written.
 */
public class SeedException extends RuntimeException {

	private final String file;

	private final int line;

	private final @Nullable String field;

	private final @Nullable String value;

	SeedException(String file, int line, @Nullable String field, @Nullable String value, String problem) {
		super(describe(file, line, field, value, problem));
		this.file = file;
		this.line = line;
		this.field = field;
		this.value = value;
	}

	SeedException(String file, String problem) {
		this(file, 0, null, null, problem);
	}

	private static String describe(String file, int line, @Nullable String field, @Nullable String value,
			String problem) {
		StringBuilder where = new StringBuilder(file);
		if (line > 0) {
			where.append(", line ").append(line);
		}
		if (field != null) {
			where.append(", field '").append(field).append("'");
		}
		if (value != null) {
			where.append(", value '").append(value).append("'");
		}
		return where.append(": ").append(problem).toString();
	}

	public String file() {
		return this.file;
	}

	public int line() {
		return this.line;
	}

	public @Nullable String field() {
		return this.field;
	}

	public @Nullable String value() {
		return this.value;
	}

}
