package org.pairingatlas.fuzz;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Writes CSV rows as RFC 4180 says, and reads a seeded row back by its key. */
final class Csv {

	private Csv() {
	}

	static String row(List<String> columns, Map<String, String> values) {
		return columns.stream()
			.map((column) -> field(values.getOrDefault(column, "")))
			.collect(Collectors.joining(","));
	}

	static String field(String value) {
		boolean quoted = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
		return quoted ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

	/** The row of a seed file with this key, as the seed holds it. */
	static Map<String, String> seeded(String file, String key) {
		try (Reader reader = Files.newBufferedReader(Path.of("graph-seed/data", file), StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.RFC4180.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(reader)) {
			for (CSVRecord record : parser) {
				if (record.get("key").equals(key)) {
					return new LinkedHashMap<>(record.toMap());
				}
			}
			throw new IllegalStateException("the seed file " + file + " has no row " + key);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
