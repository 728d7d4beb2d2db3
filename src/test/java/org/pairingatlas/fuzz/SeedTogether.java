package org.pairingatlas.fuzz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.pairingatlas.fuzz.SeedSpec.Blame;

/**
 * Corruptions of seed rows that are bad only together or across rows: the same side at
 * both ends, a pairing with an ancestor, ends before starts, duplicate keys, and region
 * hierarchies that loop back on themselves within a file or through the seed.
 */
final class SeedTogether {

	private SeedTogether() {
	}

	static SeedSpec.Together sameSides(String a, String b, String kind) {
		return (random, rows, target) -> {
			rows.get(target).put(a, rows.get(target).get(b));
			return SeedSpecs.blame(target, kind, a, b);
		};
	}

	static Blame ancestorPairing(RandomGenerator random, List<Map<String, String>> rows, int target) {
		Map<String, String> row = rows.get(target);
		switch (random.nextInt(4)) {
			case 0 -> row.put("supporter", "420500");
			case 1 -> row.put("supporter", "420000");
			case 2 -> row.put("recipient", "420100");
			default -> {
				row.put("supporter", "org-shiyan-government-office");
				row.put("recipient", "420300");
			}
		}
		return SeedSpecs.blame(target, "ancestor-pairing", "supporter", "recipient");
	}

	static SeedSpec.Together endBeforeStart(String startColumn, String start, String endColumn, String end) {
		return (random, rows, target) -> {
			rows.get(target).put(startColumn, start);
			rows.get(target).put(endColumn, end);
			return SeedSpecs.blame(target, "end-before-start", endColumn);
		};
	}

	/** Leaves out a column the row needs. */
	static SeedSpec.Together blanked(String column) {
		return (random, rows, target) -> {
			rows.get(target).put(column, "");
			return SeedSpecs.blame(target, "missing-required", column);
		};
	}

	static SeedSpec.Together keyOfAnotherKind(String key) {
		return (random, rows, target) -> {
			rows.get(target).put("key", key);
			return SeedSpecs.blame(target, "key-of-another-kind", "key");
		};
	}

	static Blame duplicateKey(RandomGenerator random, List<Map<String, String>> rows, int target) {
		rows.add(target + 1, new HashMap<>(rows.get(target)));
		return SeedSpecs.blame(target + 1, "duplicate-key", "key");
	}

	static Blame ownParent(RandomGenerator random, List<Map<String, String>> rows, int target) {
		rows.get(target).put("parent", rows.get(target).get("key"));
		return SeedSpecs.blame(target, "hierarchy-cycle", "parent");
	}

	/** Two villages, each the other's parent. */
	static Blame parentsOfEachOther(RandomGenerator random, List<Map<String, String>> rows, int target) {
		Map<String, String> first = rows.get(target);
		Map<String, String> second = new HashMap<>(first);
		second.put("key", "429901000099");
		second.put("name", "模糊测试循环村");
		second.put("excerpt", "429901000099 模糊测试循环村");
		second.put("parent", first.get("key"));
		first.put("parent", "429901000099");
		rows.add(target + 1, second);
		return SeedSpecs.blame(target, "hierarchy-cycle", "parent");
	}

	/** A prefecture whose parent is a county. */
	static Blame parentBelow(RandomGenerator random, List<Map<String, String>> rows, int target) {
		rows.get(target).put("level", "prefecture");
		rows.get(target).put("parent", "420324");
		return SeedSpecs.blame(target, "parent-below", "parent");
	}

	/** The seeded 城关镇 moved under a new village that lies in it. */
	static Blame cycleThroughTheSeed(RandomGenerator random, List<Map<String, String>> rows, int target) {
		Map<String, String> seeded = Csv.seeded("V0220__regions__shiyan_divisions.csv", "420324100");
		seeded.put("parent", rows.get(target).get("key"));
		rows.add(target, seeded);
		return SeedSpecs.blame(target, "hierarchy-cycle", "parent");
	}

	/** The seeded 十堰市 moved under its own county 竹溪县. */
	static Blame seededUnderItsChild(RandomGenerator random, List<Map<String, String>> rows, int target) {
		Map<String, String> seeded = Csv.seeded("V0200__regions__provinces_and_prefectures.csv", "420300");
		seeded.put("parent", "420324");
		rows.add(target, seeded);
		return SeedSpecs.blame(target, "hierarchy-cycle", "parent");
	}

	static Blame zoneMarkedOfficial(RandomGenerator random, List<Map<String, String>> rows, int target) {
		rows.get(target).put("key", "zone-fuzz-" + target);
		rows.get(target).put("official", "true");
		return SeedSpecs.blame(target, "zone-marked-official", "official");
	}

}
