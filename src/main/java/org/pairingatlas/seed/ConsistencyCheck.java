package org.pairingatlas.seed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;

/**
 * Compares what the documents state as totals with the parts they state, and records
 * every disagreement as a Discrepancy next to the figures, never correcting either side.
 * Three checks: parts of one measure against its total within a set of figures; central +
 * local + other investment against total investment for one set and category; child
 * targets against their parent.
 */
final class ConsistencyCheck {

	private static final List<String> SPLIT = List.of("investment.central", "investment.local", "investment.other");

	private static final String FIGURES = """
			MATCH (f:ReportedFigure)-[:CITES]->(s:Source)
			WHERE f.set IS NOT NULL AND f.role IN ['total', 'part']
			RETURN f.key AS key, f.set AS set, f.role AS role, f.measure AS measure, f.dimension AS dimension,
			       f.value AS value, f.unit AS unit, f.qualifier AS qualifier, s.key AS source
			""";

	private static final String TARGETS = """
			MATCH (child:Target)-[:PART_OF]->(parent:Target)-[:CITES]->(s:Source)
			RETURN parent.key AS parent, parent.value AS parentValue, parent.unit AS parentUnit, s.key AS source,
			       collect({key: child.key, value: child.value, unit: child.unit}) AS children
			""";

	private static final String CLEAR = """
			MATCH (d:Discrepancy {origin: 'seed-check'}) DETACH DELETE d
			""";

	private static final String CREATE = """
			UNWIND $discrepancies AS d
			MERGE (n:Entity:Discrepancy {key: d.key})
			SET n += d.properties, n.origin = 'seed-check', n.confirmed = true
			WITH n, d
			MATCH (s:Source {key: d.source})
			MERGE (n)-[:CITES {excerpt: ''}]->(s)
			WITH n, d
			UNWIND d.concerns AS key
			MATCH (f:Entity {key: key})
			MERGE (n)-[:CONCERNS]->(f)
			""";

	/** Recomputes all discrepancies and returns how many there are. */
	int run(TransactionContext tx) {
		List<Map<String, Object>> found = new ArrayList<>();
		List<Figure> figures = tx.run(FIGURES)
			.list((r) -> new Figure(r.get("key").asString(), r.get("set").asString(), r.get("role").asString(),
					r.get("measure").asString(), r.get("dimension").asString(null),
					r.get("value").isNull() ? null : new BigDecimal(r.get("value").asString()),
					r.get("unit").asString(), r.get("source").asString()));
		partsAgainstTotals(figures, found);
		splitsAgainstTotals(figures, found);
		tx.run(TARGETS).forEachRemaining((r) -> targetParts(r.asMap(), found));
		tx.run(CLEAR).consume();
		tx.run(CREATE, Map.of("discrepancies", found)).consume();
		return found.size();
	}

	private void partsAgainstTotals(List<Figure> figures, List<Map<String, Object>> found) {
		Map<String, List<Figure>> bySetAndMeasure = figures.stream()
			.collect(
					Collectors.groupingBy((f) -> f.set() + "|" + f.measure(), LinkedHashMap::new, Collectors.toList()));
		for (List<Figure> group : bySetAndMeasure.values()) {
			Figure total = group.stream()
				.filter((f) -> "total".equals(f.role()) && f.value() != null)
				.findFirst()
				.orElse(null);
			List<Figure> parts = group.stream().filter((f) -> "part".equals(f.role())).toList();
			if (total == null || parts.isEmpty()) {
				continue;
			}
			List<Figure> unknown = parts.stream().filter((f) -> f.value() == null).toList();
			BigDecimal sum = parts.stream()
				.map(Figure::base)
				.filter(Objects::nonNull)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal stated = Objects.requireNonNull(total.base());
			if (unknown.isEmpty() && sum.compareTo(stated) != 0) {
				found.add(discrepancy("parts-" + total.key(), "parts-vs-total", total, stated, sum, group,
						"The parts of " + total.measure() + " in " + total.set() + " add up to " + plain(sum)
								+ ", the stated total is " + plain(stated) + "."));
			}
			else if (unknown.size() == 1 && sum.compareTo(stated) <= 0) {
				found.add(discrepancy("gap-" + total.key(), "unknown-part", total, stated, sum, group,
						"The value of " + unknown.get(0).key() + " is not legible in the source; the total implies "
								+ plain(stated.subtract(sum)) + " (implied, not stated)."));
			}
			else if (!unknown.isEmpty()) {
				found.add(discrepancy("parts-" + total.key(), "parts-vs-total", total, stated, sum, group,
						"The known parts of " + total.measure() + " in " + total.set() + " add up to " + plain(sum)
								+ ", more than the stated total " + plain(stated) + ", or several parts are unknown."));
			}
		}
	}

	private void splitsAgainstTotals(List<Figure> figures, List<Map<String, Object>> found) {
		Map<String, List<Figure>> bySetAndDimension = figures.stream()
			.filter((f) -> f.measure().startsWith("investment."))
			.collect(Collectors.groupingBy((f) -> f.set() + "|" + f.dimension(), LinkedHashMap::new,
					Collectors.toList()));
		for (List<Figure> group : bySetAndDimension.values()) {
			Figure total = group.stream()
				.filter((f) -> "investment.total".equals(f.measure()) && f.value() != null)
				.findFirst()
				.orElse(null);
			List<Figure> split = group.stream()
				.filter((f) -> SPLIT.contains(f.measure()) && f.value() != null)
				.toList();
			if (total == null || split.isEmpty()) {
				continue;
			}
			// "其中" lists the components that are not zero, so a missing component counts
			// as zero.
			BigDecimal sum = split.stream().map(Figure::base).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal stated = Objects.requireNonNull(total.base());
			if (sum.compareTo(stated) != 0) {
				String where = (total.dimension() != null) ? total.dimension() : "the whole set";
				found.add(discrepancy("split-" + total.key(), "split-vs-total", total, stated, sum, group,
						"Central + local + other investment for " + where + " in " + total.set() + " add up to "
								+ plain(sum) + ", the stated total investment is " + plain(stated) + "."));
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void targetParts(Map<String, Object> row, List<Map<String, Object>> found) {
		String parentUnit = (String) row.get("parentUnit");
		BigDecimal stated = base(new BigDecimal((String) row.get("parentValue")), parentUnit);
		BigDecimal sum = BigDecimal.ZERO;
		List<String> concerns = new ArrayList<>(List.of((String) row.get("parent")));
		for (Map<String, Object> child : (List<Map<String, Object>>) row.get("children")) {
			sum = sum.add(base(new BigDecimal((String) child.get("value")), (String) child.get("unit")));
			concerns.add((String) child.get("key"));
		}
		if (sum.compareTo(stated) != 0) {
			found.add(Map.of("key", "disc-target-parts-" + row.get("parent"), "source", row.get("source"), "concerns",
					concerns, "properties",
					properties("target-parts-vs-target", stated, sum, parentUnit, null, null,
							"The parts of target " + row.get("parent") + " add up to " + plain(sum) + ", the target is "
									+ plain(stated) + ".")));
		}
	}

	private static Map<String, Object> discrepancy(String key, String kind, Figure total, BigDecimal stated,
			BigDecimal computed, List<Figure> group, String description) {
		return Map.of("key", "disc-" + key, "source", total.source(), "concerns",
				group.stream().map(Figure::key).toList(), "properties",
				properties(kind, stated, computed, total.unit(), total.set(), total.measure(), description));
	}

	private static Map<String, Object> properties(String kind, BigDecimal stated, BigDecimal computed, String unit,
			@Nullable String set, @Nullable String measure, String description) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("kind", kind);
		properties.put("stated", plain(stated));
		properties.put("computed", plain(computed));
		properties.put("difference", plain(computed.subtract(stated)));
		// Money is compared in yuan; other units as stated.
		properties.put("unit", Amounts.isMoney(unit) ? "yuan" : unit);
		if (set != null) {
			properties.put("set", set);
		}
		if (measure != null) {
			properties.put("measure", measure);
		}
		properties.put("description", description);
		return properties;
	}

	private static BigDecimal base(BigDecimal value, String unit) {
		return Amounts.toBase(value, unit);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private record Figure(String key, String set, String role, String measure, @Nullable String dimension,
			@Nullable BigDecimal value, String unit, String source) {

		@Nullable BigDecimal base() {
			return (this.value != null) ? Amounts.toBase(this.value, this.unit) : null;
		}

	}

}
