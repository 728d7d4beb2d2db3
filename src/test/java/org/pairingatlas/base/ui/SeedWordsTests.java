package org.pairingatlas.base.ui;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code the seed's figures, targets and exchanges use (measures, dimensions, units,
 * kinds of exchange) has words in Chinese and in English, so no picture or list shows a
 * database code. A seed row with a new code fails here until its words are written.
 */
class SeedWordsTests {

	private static final Map<String, List<String>> CODES = Map.of("measure.", List.of("measure"), "unit.",
			List.of("unit"), "exchange.", List.of("kind"));

	@Test
	void every_code_of_the_seeds_numbers_has_words_in_both_languages() throws IOException {
		TreeSet<String> missing = new TreeSet<>();
		for (Path file : files("V06", "V07", "V085", "V086")) {
			boolean exchanges = file.getFileName().toString().startsWith("V085")
					|| file.getFileName().toString().startsWith("V086");
			for (CSVRecord row : rows(file)) {
				for (Map.Entry<String, List<String>> code : CODES.entrySet()) {
					for (String column : code.getValue()) {
						if (column.equals("kind") && !exchanges) {
							continue;
						}
						String value = row.isMapped(column) ? row.get(column) : "";
						if (!value.isBlank() && !value.matches("[0-9.]+")) {
							missing.addAll(missingWords(code.getKey() + value));
						}
					}
				}
				String dimension = row.isMapped("dimension") ? row.get("dimension") : "";
				if (!dimension.isBlank() && missingWords("category." + dimension).size() > 0) {
					missing.addAll(missingWords("dimension." + dimension));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static List<String> missingWords(String key) {
		List<String> missing = new ArrayList<>();
		for (Locale language : Language.SUPPORTED) {
			if (Translations.wordOr(key, "\u0000", language).equals("\u0000")) {
				missing.add(language.getLanguage() + ":" + key);
			}
		}
		return missing;
	}

	private static List<Path> files(String... prefixes) throws IOException {
		try (Stream<Path> files = Files.list(Path.of("graph-seed/data"))) {
			return files.filter((f) -> Stream.of(prefixes).anyMatch((p) -> f.getFileName().toString().startsWith(p)))
				.sorted()
				.toList();
		}
	}

	private static List<CSVRecord> rows(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
