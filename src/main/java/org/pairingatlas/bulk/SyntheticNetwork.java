package org.pairingatlas.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * A synthetic network over real regions, shaped like the East–West and counterpart
 * programmes: eastern counties paired with western ones, township "relatives" under each
 * county pair, hand-in-hand hospitals and schools, projects in the recipient's townships
 * and villages every year, and the yearly fund transfers. The same seed and size give the
 * same network. Every node it makes is labelled {@code Synthetic}, named with a 【合成】
 * prefix, sits under its own synthetic programme and cites a synthetic source, so it
 * never passes for, or adds to, real data.
 */
public final class SyntheticNetwork {

	public static final String PROGRAMME = "syn-east-west";

	static final List<String> EAST = List.of("11", "12", "31", "32", "33", "35", "37", "44");

	static final List<String> WEST = List.of("15", "45", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65");

	private static final List<String> CATEGORIES = List.of("industry", "agriculture", "education", "health",
			"infrastructure", "culture-tourism", "eco-environment", "human-resources", "poverty-alleviation");

	static final int FIRST_YEAR = 2016;

	static final int YEARS = 10;

	static final int PROJECTS_PER_PAIR_PER_YEAR = 3;

	private SyntheticNetwork() {
	}

	/** The real places the network is drawn over, in a fixed order. */
	public record Places(List<Region> east, List<Region> west, Map<String, List<String>> townships,
			Map<String, List<String>> villages) {
	}

	public record Region(String key, String name) {
	}

	/** The generated rows, by kind, in the order they must be written. */
	public record Rows(String source, Map<String, List<Map<String, Object>>> byKind) {

		public int size() {
			return this.byKind.values().stream().mapToInt(List::size).sum();
		}

	}

	public static String sourceKey(long seed, int size) {
		return "synthetic-" + seed + "-" + size;
	}

	/**
	 * Generates {@code size} county pairs and everything under them.
	 * @throws IllegalArgumentException if the graph has too few western counties for the
	 * size
	 */
	public static Rows generate(long seed, int size, Places places) {
		if (size < 1 || size > 100_000) {
			throw new IllegalArgumentException("size must be 1 to 100,000 county pairs, not " + size);
		}
		if (places.east().isEmpty() || places.west().size() < size) {
			throw new IllegalArgumentException("size " + size + " needs " + size + " western counties and some eastern"
					+ " ones; the graph has " + places.west().size() + " and " + places.east().size()
					+ ". Import the national divisions first (graph-seed/national/README.md)");
		}
		SplittableRandom random = new SplittableRandom(seed);
		String source = sourceKey(seed, size);
		List<Region> recipients = new ArrayList<>(places.west());
		shuffle(recipients, random);
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		List<Map<String, Object>> organisations = new ArrayList<>();
		List<Map<String, Object>> pairings = new ArrayList<>();
		List<Map<String, Object>> projects = new ArrayList<>();
		List<Map<String, Object>> transfers = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			Region supporter = places.east().get(i % places.east().size());
			Region recipient = recipients.get(i);
			// Keys carry the seed and size: networks of other seeds or sizes sit
			// beside this one instead of colliding with it.
			String pair = "syn-" + seed + "-" + size + "-" + i;
			int start = FIRST_YEAR + random.nextInt(3);
			pairings
				.add(pairing(pair + "-county", "county", "district-county", supporter.key(), recipient.key(), start));
			List<String> east = places.townships().getOrDefault(supporter.key(), List.of());
			List<String> west = places.townships().getOrDefault(recipient.key(), List.of());
			for (int t = 0; t < Math.min(4, Math.min(east.size(), west.size())); t++) {
				pairings.add(pairing(pair + "-township-" + t, "township", "relatives",
						east.get(random.nextInt(east.size())), west.get(random.nextInt(west.size())), start + 1));
			}
			for (String kind : List.of("hospital", "school")) {
				String from = pair + "-" + kind + "-east";
				String to = pair + "-" + kind + "-west";
				organisations.add(organisation(from, supporter, kind));
				organisations.add(organisation(to, recipient, kind));
				pairings.add(pairing(pair + "-" + kind, "institution", "hand-in-hand", from, to, start + 1));
			}
			// Where the recipient's projects can be: its townships and their villages.
			List<String> sites = new ArrayList<>(west);
			for (String township : west) {
				sites.addAll(places.villages().getOrDefault(township, List.of()));
			}
			for (int year = start; year < FIRST_YEAR + YEARS; year++) {
				long yearFunds = 0;
				for (int p = 0; p < PROJECTS_PER_PAIR_PER_YEAR; p++) {
					String where = sites.isEmpty() ? recipient.key() : sites.get(random.nextInt(sites.size()));
					long collaboration = (50 + random.nextInt(950)) * 1_000_000L; // 50–1,000
																					// 万元
																					// in
																					// fen
					long matching = collaboration * random.nextInt(4) / 2;
					yearFunds += collaboration;
					String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
					Map<String, Object> project = node(pair + "-project-" + year + "-" + p,
							"【合成】" + recipient.name() + year + "年协作项目" + (p + 1));
					project.put("category", category);
					project.put("startYear", year);
					project.put("endYear", year + random.nextInt(2));
					project.put("status", (year < FIRST_YEAR + YEARS - 1) ? "completed" : "under-way");
					project.put("collaborationFundsFen", collaboration);
					project.put("matchingFundsFen", matching);
					project.put("totalInvestmentFen", collaboration + matching);
					project.put("region", where);
					projects.add(project);
				}
				Map<String, Object> transfer = node(pair + "-transfer-" + year, null);
				transfer.put("from", supporter.key());
				transfer.put("to", recipient.key());
				transfer.put("amountFen", yearFunds);
				transfer.put("yearStart", year);
				transfer.put("yearEnd", year);
				transfer.put("recurrence", "once");
				transfers.add(transfer);
			}
		}
		rows.put("organisations", organisations);
		rows.put("pairings", pairings);
		rows.put("projects", projects);
		rows.put("transfers", transfers);
		return new Rows(source, rows);
	}

	private static Map<String, Object> pairing(String key, String level, String kind, String supporter,
			String recipient, int startYear) {
		Map<String, Object> row = node(key, null);
		row.put("level", level);
		row.put("kind", kind);
		row.put("supporter", supporter);
		row.put("recipient", recipient);
		row.put("startDate", String.valueOf(startYear));
		row.put("status", "active");
		return row;
	}

	private static Map<String, Object> organisation(String key, Region place, String kind) {
		Map<String, Object> row = node(key,
				"【合成】" + place.name() + (kind.equals("hospital") ? "人民医院" : "第一中学") + " " + key);
		row.put("kind", kind);
		row.put("region", place.key());
		return row;
	}

	private static Map<String, Object> node(String key, @Nullable String name) {
		Map<String, Object> row = new HashMap<>();
		row.put("key", key);
		if (name != null) {
			row.put("name", name);
		}
		return row;
	}

	private static <T> void shuffle(List<T> list, SplittableRandom random) {
		for (int i = list.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			T swap = list.get(i);
			list.set(i, list.get(j));
			list.set(j, swap);
		}
	}

}
