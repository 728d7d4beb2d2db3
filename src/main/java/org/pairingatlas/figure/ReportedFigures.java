package org.pairingatlas.figure;

import java.util.Set;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.pairingatlas.entity.EntityLoader;
import org.pairingatlas.security.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Reads reported figures and discrepancies. Both belong to a programme through the
 * documents that govern it.
 */
@Service
public class ReportedFigures implements EntityLoader {

	private static final String OF_PROGRAMMES = """
			UNWIND $keys AS key
			MATCH (:Programme {key: key})-[:GOVERNED_BY]->(:Source)<-[:CITES]-(f:ReportedFigure)
			WHERE %s
			WITH DISTINCT key, f
			RETURN key, f ORDER BY f.set, f.role DESC, f.key
			""".formatted(Visibility.rule("f"));

	private static final String DISCREPANCIES = """
			MATCH (d:Discrepancy)-[:CITES]->(s:Source)
			WHERE %s AND ($programme IS NULL OR EXISTS { (:Programme {key: $programme})-[:GOVERNED_BY]->(s) })
			RETURN d ORDER BY d.key
			""".formatted(Visibility.rule("d"));

	private static final String DISCREPANCIES_OF_PROGRAMMES = """
			UNWIND $keys AS key
			MATCH (:Programme {key: key})-[:GOVERNED_BY]->(:Source)<-[:CITES]-(d:Discrepancy)
			WHERE %s
			WITH DISTINCT key, d
			RETURN key, d ORDER BY d.key
			""".formatted(Visibility.rule("d"));

	private static final String FIGURES_OF_DISCREPANCIES = """
			UNWIND $keys AS key
			MATCH (:Discrepancy {key: key})-[:CONCERNS]->(f:ReportedFigure)
			WHERE %s
			RETURN key, f ORDER BY f.role DESC, f.key
			""".formatted(Visibility.rule("f"));

	private static final String FIGURE = "MATCH (f:ReportedFigure {key: $key}) WHERE %s RETURN f"
		.formatted(Visibility.rule("f"));

	private static final String DISCREPANCY = "MATCH (d:Discrepancy {key: $key}) WHERE %s RETURN d"
		.formatted(Visibility.rule("d"));

	private final Neo4jClient client;

	private final Visibility visibility;

	ReportedFigures(Neo4jClient client, Visibility visibility) {
		this.client = client;
		this.visibility = visibility;
	}

	public java.util.Optional<ReportedFigure> figure(String key) {
		return this.client.query(FIGURE)
			.bindAll(Map.of("key", key, Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetchAs(ReportedFigure.class)
			.mappedBy((t, row) -> ReportedFigure.of(row.get("f")))
			.one();
	}

	public java.util.Optional<Discrepancy> discrepancy(String key) {
		return this.client.query(DISCREPANCY)
			.bindAll(Map.of("key", key, Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetchAs(Discrepancy.class)
			.mappedBy((t, row) -> Discrepancy.of(row.get("d")))
			.one();
	}

	public Map<String, List<ReportedFigure>> ofProgrammes(Collection<String> keys) {
		return grouped(OF_PROGRAMMES, keys, "f", ReportedFigure::of);
	}

	public List<Discrepancy> discrepancies(@Nullable String programmeKey) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("programme", programmeKey);
		parameters.put(Visibility.PARAMETER, this.visibility.unconfirmed());
		return List.copyOf(this.client.query(DISCREPANCIES)
			.bindAll(parameters)
			.fetchAs(Discrepancy.class)
			.mappedBy((types, row) -> Discrepancy.of(row.get("d")))
			.all());
	}

	public Map<String, List<Discrepancy>> discrepanciesOfProgrammes(Collection<String> keys) {
		return grouped(DISCREPANCIES_OF_PROGRAMMES, keys, "d", Discrepancy::of);
	}

	public Map<String, List<ReportedFigure>> figuresOfDiscrepancies(Collection<String> keys) {
		return grouped(FIGURES_OF_DISCREPANCIES, keys, "f", ReportedFigure::of);
	}

	private <T> Map<String, List<T>> grouped(String cypher, Collection<String> keys, String column,
			java.util.function.Function<org.neo4j.driver.Value, T> reader) {
		Map<String, List<T>> grouped = new HashMap<>();
		keys.forEach((key) -> grouped.put(key, new ArrayList<>()));
		this.client.query(cypher)
			.bindAll(Map.of("keys", List.copyOf(keys), Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetchAs(Map.Entry.class)
			.mappedBy((types, row) -> Map.entry(row.get("key").asString(), reader.apply(row.get(column))))
			.all()
			.forEach((entry) -> grouped.get((String) entry.getKey()).add(castValue(entry.getValue())));
		return grouped;
	}

	@SuppressWarnings("unchecked")
	private static <T> T castValue(Object value) {
		return (T) value;
	}

	@Override
	public java.util.Set<String> labels() {
		return java.util.Set.of("ReportedFigure", "Discrepancy");
	}

	// Figures and discrepancies are rarely asked for in bulk.
	@Override
	public Map<String, ?> byKeys(String label, Collection<String> keys) {
		Map<String, Object> found = new HashMap<>();
		keys.forEach((key) -> (label.equals("Discrepancy") ? discrepancy(key).map(Object.class::cast)
				: figure(key).map(Object.class::cast))
			.ifPresent((entity) -> found.put(key, entity)));
		return found;
	}

}
