package org.pairingatlas.project;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.Checks;
import org.pairingatlas.fact.FactChange;
import org.pairingatlas.fact.FactWriter;
import org.pairingatlas.fact.NewFact;
import org.pairingatlas.fact.PropertyValues;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Records and updates projects and their funding through the {@link FactWriter}; what is
 * a project's own are its checks (categories, years, a funding split that adds up) and
 * its Cypher.
 */
@Service
public class ProjectEdits {

	/** The categories a project may have. */
	public static final Set<String> CATEGORIES = Set.of("water-quality", "public-service", "industry",
			"poverty-alleviation", "agriculture", "tourism-road", "social", "eco-environment", "human-resources",
			"other", "infrastructure", "culture-tourism", "education", "health");

	/** The states a project may be in. */
	public static final Set<String> STATUSES = Set.of("planned", "under-way", "completed", "operating");

	private static final String CREATE = """
			MATCH (g:Programme {key: $programme})
			WITH g
			MATCH (place:Region {key: $region})
			CREATE (x:Entity:Project {key: $key})
			SET x += $properties, x.version = 1
			CREATE (x)-[:UNDER]->(g), (x)-[:LOCATED_IN]->(place)
			WITH x
			OPTIONAL MATCH (i:Organisation {key: $implementer})
			FOREACH (_ IN CASE WHEN i IS NULL THEN [] ELSE [1] END | CREATE (x)-[:IMPLEMENTED_BY]->(i))
			WITH x
			OPTIONAL MATCH (v:Entity {key: $investor})
			FOREACH (_ IN CASE WHEN v IS NULL THEN [] ELSE [1] END | CREATE (x)-[:INVESTED_BY]->(v))
			""";

	private static final String SAME_PROJECT = """
			UNWIND $rows AS row
			MATCH (:Programme {key: row.programme})<-[:UNDER]-(x:Project {name: row.name})-[:LOCATED_IN]->(:Region {key: row.region})
			RETURN row.index AS index, properties(x) AS properties
			""";

	private final FactWriter writer;

	private final Neo4jClient client;

	ProjectEdits(FactWriter writer, Neo4jClient client) {
		this.writer = writer;
		this.client = client;
	}

	public String record(ProjectInputs.RecordProjectInput input, Actor actor) {
		return this.writer.create(actor, (checks) -> describe(checks, input));
	}

	/** A new project as the mutation and an import's rows check it. */
	NewFact describe(Checks checks, ProjectInputs.RecordProjectInput input) {
		NewFact project = NewFact.of("Project", "recordProject", "proj");
		project.properties().set("name", checks.text("name", input.name(), 200)).set("confirmed", true);
		String programme = checks.key("programme", input.programme());
		String region = checks.key("region", input.region());
		String implementer = (input.implementer() != null) ? checks.key("implementer", input.implementer()) : null;
		String investor = (input.investor() != null) ? checks.key("investor", input.investor()) : null;
		common(checks, project.properties(), input.category(), input.startYear(), input.endYear(), input.status(),
				input.note(), input.funding(), null);
		return project.refers("programme", programme, Set.of("Programme"), true)
			.refers("region", region, Set.of("Region"), true)
			.refers("implementer", implementer, Set.of("Organisation"), false)
			.refers("investor", investor, Set.of("Organisation", "Region"), false)
			.cites(input.source())
			.writtenBy(CREATE);
	}

	/**
	 * Of these rows (each with an {@code index}, {@code programme}, {@code region} and
	 * {@code name}), the project of the same name in the same region under the same
	 * programme each repeats, with its properties: an import of the same sheet again
	 * changes nothing.
	 */
	Map<Integer, Map<String, Object>> sameProjects(List<Map<String, @Nullable Object>> rows) {
		Map<Integer, Map<String, Object>> found = new HashMap<>();
		this.client.query(SAME_PROJECT).bind(rows).to("rows").fetch().all().forEach((row) -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> properties = new HashMap<>((Map<String, Object>) row.get("properties"));
			found.putIfAbsent(((Number) row.get("index")).intValue(), properties);
		});
		return found;
	}

	public String update(ProjectInputs.UpdateProjectInput input, Actor actor) {
		return this.writer.change(actor, (checks) -> {
			String key = checks.key("id", input.id());
			String name = (input.name() != null) ? checks.text("name", input.name(), 200) : null;
			return FactChange.of("Project", "updateProject", key, input.expectedVersion())
				.cites(input.source())
				.changing((before, changes, after) -> {
					changes.set("name", name);
					common(after, changes, input.category(), input.startYear(), input.endYear(), input.status(),
							input.note(), input.funding(), before);
				});
		});
	}

	/**
	 * Checks and collects the fields creation and update share; {@code before} is the
	 * stored project, if any.
	 */
	private static void common(Checks checks, PropertyValues properties, @Nullable String category,
			@Nullable Integer startYear, @Nullable Integer endYear, @Nullable String status, @Nullable String note,
			ProjectInputs.@Nullable FundingInput funding, @Nullable Map<String, Object> before) {
		properties.set("category", checks.oneOf("category", category, CATEGORIES, false));
		properties.set("status", checks.oneOf("status", status, STATUSES, false));
		properties.set("note", checks.optionalText("note", note, 1000));
		Integer start = checks.year("startYear", startYear);
		Integer end = checks.year("endYear", endYear);
		properties.set("startYear", start);
		properties.set("endYear", end);
		Integer effectiveStart = (start != null) ? start : year(before, "startYear");
		Integer effectiveEnd = (end != null) ? end : year(before, "endYear");
		if (effectiveStart != null && effectiveEnd != null && effectiveEnd < effectiveStart) {
			checks.fail("endYear", effectiveEnd, "END_BEFORE_START",
					"endYear '" + effectiveEnd + "' is before startYear '" + effectiveStart + "'");
		}
		if (funding != null) {
			funding(checks, properties, funding);
		}
	}

	private static void funding(Checks checks, PropertyValues properties, ProjectInputs.FundingInput funding) {
		BigDecimal central = checks.money("funding.centralInvestment", funding.centralInvestment());
		BigDecimal local = checks.money("funding.localInvestment", funding.localInvestment());
		BigDecimal other = checks.money("funding.otherInvestment", funding.otherInvestment());
		BigDecimal total = checks.money("funding.totalInvestment", funding.totalInvestment());
		properties.set("collaborationFundsFen",
				fen(checks.money("funding.collaborationFunds", funding.collaborationFunds())));
		properties.set("matchingFundsFen", fen(checks.money("funding.matchingFunds", funding.matchingFunds())));
		properties.set("centralInvestmentFen", fen(central));
		properties.set("localInvestmentFen", fen(local));
		properties.set("otherInvestmentFen", fen(other));
		properties.set("totalInvestmentFen", fen(total));
		if (total != null && central != null && local != null && other != null
				&& central.add(local).add(other).compareTo(total) != 0) {
			checks.fail("funding.totalInvestment", total.toPlainString(), "SPLIT_MISMATCH",
					"funding.totalInvestment '" + total.toPlainString() + "': central + local + other investment make "
							+ central.add(local).add(other).toPlainString());
		}
	}

	private static @Nullable Long fen(@Nullable BigDecimal yuan) {
		return (yuan != null) ? yuan.movePointRight(2).longValueExact() : null;
	}

	private static @Nullable Integer year(@Nullable Map<String, Object> before, String field) {
		return (before != null && before.get(field) instanceof Number n) ? n.intValue() : null;
	}

}
