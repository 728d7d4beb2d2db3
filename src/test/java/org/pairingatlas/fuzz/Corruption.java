package org.pairingatlas.fuzz;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one case does to a valid input: bad values by path, and the fields an error may
 * name for them (e.g. pairing a region with its ancestor corrupts supporter and recipient
 * and is blamed on recipient).
 *
 * @param values the bad values by path, e.g. {@code input.note}
 * @param blame the paths an error may name: the corrupted ones and, for values bad only
 * together, the others involved
 */
record Corruption(Map<String, BadValue> values, Set<String> blame) {

	/** The other end of a period, which an error about the period may name instead. */
	private static final Map<String, String> PARTNERS = Map.of("startDate", "endDate", "endDate", "startDate",
			"periodStart", "periodEnd", "periodEnd", "periodStart", "yearStart", "yearEnd", "yearEnd", "yearStart",
			"startYear", "endYear", "endYear", "startYear");

	static Corruption of(String path, BadValue value) {
		Set<String> blame = new LinkedHashSet<>(Set.of(path));
		String partner = PARTNERS.get(Paths.leaf(path));
		if (partner != null) {
			blame.add(path.substring(0, path.length() - Paths.leaf(path).length()) + partner);
		}
		return new Corruption(Map.of(path, value), blame);
	}

	/** Values bad together, e.g. the same region as supporter and recipient. */
	static Corruption together(String kind, Map<String, Object> values, String... alsoBlamed) {
		Map<String, BadValue> bad = new LinkedHashMap<>();
		values.forEach((path, value) -> bad.put(path, BadValue.of(kind, value)));
		Set<String> blame = new LinkedHashSet<>(values.keySet());
		blame.addAll(Set.of(alsoBlamed));
		return new Corruption(bad, blame);
	}

	Corruption and(Corruption other) {
		Map<String, BadValue> values = new LinkedHashMap<>(this.values);
		values.putAll(other.values);
		Set<String> blame = new LinkedHashSet<>(this.blame);
		blame.addAll(other.blame);
		return new Corruption(values, blame);
	}

	/** Whether {@code path} is one of the corrupted paths, inside one, or holds one. */
	boolean overlaps(String path) {
		return this.values.keySet().stream().anyMatch((p) -> related(p, path));
	}

	/**
	 * Whether an error naming {@code field} (relative to the input) blames this
	 * corruption.
	 */
	boolean blames(String field, String prefix) {
		String named = prefix.isEmpty() ? field : prefix + "." + field;
		return this.blame.stream().anyMatch((p) -> related(p, named));
	}

	/** Paths and kinds, to group failures by, e.g. {@code input.note:bidi-control}. */
	String signature() {
		return this.values.entrySet()
			.stream()
			.map((e) -> e.getKey() + ":" + e.getValue().kind())
			.collect(Collectors.toCollection(TreeSet::new))
			.toString();
	}

	String describe() {
		return this.values.entrySet()
			.stream()
			.map((e) -> e.getKey() + " = " + e.getValue().describe())
			.collect(Collectors.joining("; "));
	}

	static boolean related(String a, String b) {
		return a.equals(b) || a.startsWith(b + ".") || b.startsWith(a + ".");
	}

}
