package org.pairingatlas.bulk;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of one division file with the line each starts on, so the 620,000
 * villages are never all parsed at once and every refusal names file and line. A file
 * that is not well-formed CSV is refused as an {@link IllegalArgumentException} too.
 */
final class DivisionFile {

	// Empty lines are kept as records only to count lines; they are skipped.
	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(false)
		.get();

	private static final String QUOTES = "is not well-formed CSV: a quoted value is never closed, or text "
			+ "follows its closing quote (a quote inside a quoted value is written twice)";

	// The reader decodes ahead of the parser, so the bad bytes may be a few lines on.
	private static final String NOT_UTF8 = "holds bytes that are not UTF-8 text, on this line or a few after";

	private DivisionFile() {
	}

	static void each(Path folder, String file, List<String> columns, Consumer<DivisionRow> action) throws IOException {
		Path path = folder.resolve(file);
		if (!Files.isRegularFile(path)) {
			throw new IllegalArgumentException(
					"The division tree needs " + path + "; fetch it with graph-seed/national/fetch-divisions.sh");
		}
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
				CSVParser parser = open(reader, file)) {
			for (String column : columns) {
				if (!parser.getHeaderMap().containsKey(column)) {
					throw new IllegalArgumentException(path + " line 1: no column '" + column + "'");
				}
			}
			int fields = parser.getHeaderNames().size();
			long previousEnd = parser.getCurrentLineNumber();
			Iterator<CSVRecord> records = parser.iterator();
			while (hasNext(records, file, previousEnd + 1)) {
				CSVRecord record = records.next();
				DivisionRow row = new DivisionRow(file, previousEnd + 1, record);
				previousEnd = parser.getCurrentLineNumber();
				if (record.size() == 1 && record.get(0).isEmpty()) {
					continue;
				}
				if (record.size() != fields) {
					throw row.error("has " + record.size() + " fields, the header has " + fields);
				}
				action.accept(row);
			}
		}
	}

	private static CSVParser open(Reader reader, String file) throws IOException {
		try {
			return FORMAT.parse(reader);
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException(file + " line 1: " + NOT_UTF8);
		}
		catch (CSVException | IllegalArgumentException ex) {
			throw new IllegalArgumentException(file + " line 1: the header " + QUOTES);
		}
	}

	/**
	 * Reads the next row, which starts on {@code line}; commons-csv reports a malformed
	 * one as an unchecked exception in its own words.
	 */
	private static boolean hasNext(Iterator<CSVRecord> records, String file, long line) {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof CharacterCodingException) {
				throw new IllegalArgumentException(file + " line " + line + ": " + NOT_UTF8);
			}
			if (ex.getCause() instanceof CSVException) {
				throw new IllegalArgumentException(file + " line " + line + ": the row starting here " + QUOTES);
			}
			throw ex;
		}
		catch (IllegalStateException ex) {
			throw new IllegalArgumentException(file + " line " + line + ": the row starting here " + QUOTES);
		}
	}

}
