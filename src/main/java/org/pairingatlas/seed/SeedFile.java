package org.pairingatlas.seed;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.Resource;

/**
 * One seed CSV file, parsed: its kind comes from its name
 * ({@code V<nnnn>__<kind>__<what>.csv}) and its header must be exactly the kind's
 * columns.
 *
 * @param name the file name
 * @param kind what its rows are
 * @param checksum SHA-256 of its bytes, to tell a changed file from an applied one
 * @param rows its data lines
 */
record SeedFile(String name, SeedKind kind, String checksum, List<SeedRow> rows) {

	private static final String QUOTES = "a quoted value is never closed, or text follows its closing quote "
			+ "(a quote inside a quoted value is written twice)";

	private static final Pattern NAME = Pattern.compile("V(\\d{4})__([a-z]+)__[A-Za-z0-9_\\-]+\\.csv");

	static boolean isSeedFileName(String name) {
		return NAME.matcher(name).matches();
	}

	static SeedFile read(Resource resource) {
		String name = resource.getFilename();
		if (name == null) {
			throw new SeedException(resource.getDescription(), "a seed file needs a name");
		}
		Matcher matcher = NAME.matcher(name);
		if (!matcher.matches()) {
			throw new SeedException(name, "a seed file is named V<nnnn>__<kind>__<description>.csv");
		}
		SeedKind kind = SeedKind.fromFileName(matcher.group(2))
			.orElseThrow(() -> new SeedException(name, 0, "kind", matcher.group(2), "unknown kind of seed file"));
		byte[] bytes = bytes(resource, name);
		return new SeedFile(name, kind, sha256(bytes), parse(name, kind, bytes));
	}

	private static List<SeedRow> parse(String name, SeedKind kind, byte[] bytes) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(Utf8Text.decode(name, bytes)), format)) {
			if (!parser.getHeaderNames().equals(kind.columns())) {
				throw new SeedException(name, 1, "header", String.join(",", parser.getHeaderNames()),
						"the header of a " + kind.fileName() + " file must be " + String.join(",", kind.columns()));
			}
			return rows(name, kind, parser);
		}
		catch (IOException | IllegalArgumentException ex) {
			// Only reading the header throws these; a bad row names its own line.
			throw new SeedException(name, 1, "header", null, "is not well-formed CSV: " + QUOTES);
		}
	}

	private static List<SeedRow> rows(String name, SeedKind kind, CSVParser parser) {
		List<SeedRow> rows = new ArrayList<>();
		// A quoted value may span lines, so a row starts on the line after the previous
		// row ended.
		long previousEnd = parser.getCurrentLineNumber();
		Iterator<CSVRecord> records = parser.iterator();
		while (hasNext(records, name, (int) previousEnd + 1)) {
			CSVRecord record = records.next();
			int line = (int) previousEnd + 1;
			previousEnd = parser.getCurrentLineNumber();
			if (record.size() != kind.columns().size()) {
				throw new SeedException(name, line, null, null,
						"has " + record.size() + " fields, the header has " + kind.columns().size());
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (String column : kind.columns()) {
				values.put(column, record.get(column));
			}
			rows.add(new SeedRow(name, line, values));
		}
		return rows;
	}

	/**
	 * Reads the next row, which starts on {@code line}; commons-csv reports a malformed
	 * one as an unchecked exception with its own wording.
	 */
	private static boolean hasNext(Iterator<CSVRecord> records, String name, int line) {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw new SeedException(name, line, null, null, "the row starting here is not well-formed CSV: " + QUOTES);
		}
	}

	private static byte[] bytes(Resource resource, String name) {
		try (var in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new SeedException(name, "cannot be read: " + ex.getMessage());
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
