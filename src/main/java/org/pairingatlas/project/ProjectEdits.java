package org.pairingatlas.project;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.audit.AuditLog;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.Checks;
import org.pairingatlas.base.edit.GraphEdits;
import org.pairingatlas.base.edit.SourceInput;
import org.pairingatlas.base.edit.WritePermissions;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and updates projects and their funding, each edit one transaction: validated
 * first, version-checked, cited and audited.
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
			MATCH (g:Programme {key: $programme}), (place:Region {key: $region})
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

	private static final String UPDATE = """
			MATCH (x:Project {key: $key})
			SET x += $properties, x.version = coalesce(x.version, 0) + 1
			""";

	private final Neo4jClient client;

	private final GraphEdits edits;

	private final AuditLog audit;

	private final WritePermissions permissions;

	ProjectEdits(Neo4jClient client, GraphEdits edits, AuditLog audit, WritePermissions permissions) {
		this.client = client;
		this.edits = edits;
		this.audit = audit;
		this.permissions = permissions;
	}

	@Transactional
	public String record(ProjectInputs.RecordProjectInput input, Actor actor) {
		Checks checks = new Checks();
		String name = checks.text("name", input.name(), 200);
		String programme = checks.key("programme", input.programme());
		String region = checks.key("region", input.region());
		String implementer = (input.implementer() != null) ? checks.key("implementer", input.implementer()) : null;
		String investor = (input.investor() != null) ? checks.key("investor", input.investor()) : null;
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("name", name);
		properties.put("confirmed", true);
		common(checks, properties, input.category(), input.startYear(), input.endYear(), input.status(), input.note(),
				input.funding(), null);
		SourceInput.require(checks, input.source());
		Map<String, Set<String>> labels = this.edits.labelsOfAny(programme, region, implementer, investor,
				(input.source() != null) ? input.source().document() : null);
		this.edits.requireKinds(checks, labels, "programme", programme, Set.of("Programme"), true);
		this.edits.requireKinds(checks, labels, "region", region, Set.of("Region"), true);
		this.edits.requireKinds(checks, labels, "implementer", implementer, Set.of("Organisation"), false);
		this.edits.requireKinds(checks, labels, "investor", investor, Set.of("Organisation", "Region"), false);
		this.edits.requireSource(checks, labels, input.source());
		checks.throwIfAny();
		String key = GraphEdits.newKey("proj");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("programme", programme);
		parameters.put("region", region);
		parameters.put("implementer", implementer);
		parameters.put("investor", investor);
		parameters.put("key", key);
		parameters.put("properties", properties);
		this.client.query(CREATE).bindAll(parameters).run();
		this.edits.cite(key, input.source().document(), input.source().excerpt().strip());
		Map<String, Object> after = new LinkedHashMap<>(properties);
		after.put("programme", programme);
		after.put("region", region);
		after.put("version", 1);
		this.permissions.require(actor, key);
		this.audit.record(actor.name(), "recordProject", "Project", key, null, after);
		return key;
	}

	@Transactional
	public String update(ProjectInputs.UpdateProjectInput input, Actor actor) {
		Checks checks = new Checks();
		String key = checks.key("id", input.id());
		Map<String, Object> changes = new LinkedHashMap<>();
		if (input.name() != null) {
			changes.put("name", checks.text("name", input.name(), 200));
		}
		if (input.source() != null) {
			input.source().check(checks, "source");
		}
		checks.throwIfAny();
		Map<String, Object> before = this.edits.lock("Project", key, input.expectedVersion());
		common(checks, changes, input.category(), input.startYear(), input.endYear(), input.status(), input.note(),
				input.funding(), before);
		if (input.source() != null) {
			this.edits.requireSource(checks, this.edits.labelsOfAny(input.source().document()), input.source());
		}
		checks.throwIfAny();
		this.client.query(UPDATE).bindAll(Map.of("key", key, "properties", changes)).run();
		if (input.source() != null) {
			this.edits.cite(key, input.source().document(), input.source().excerpt().strip());
		}
		Map<String, Object> after = new HashMap<>(before);
		after.putAll(changes);
		after.put("version", ((Number) before.getOrDefault("version", 0)).intValue() + 1);
		this.permissions.require(actor, key);
		this.audit.record(actor.name(), "updateProject", "Project", key, before, after);
		return key;
	}

	/**
	 * Checks and collects the fields creation and update share; {@code before} is the
	 * stored project, if any.
	 */
	private static void common(Checks checks, Map<String, Object> properties, @Nullable String category,
			@Nullable Integer startYear, @Nullable Integer endYear, @Nullable String status, @Nullable String note,
			ProjectInputs.@Nullable FundingInput funding, @Nullable Map<String, Object> before) {
		GraphEdits.putIfPresent(properties, "category", checks.oneOf("category", category, CATEGORIES, false));
		GraphEdits.putIfPresent(properties, "status", checks.oneOf("status", status, STATUSES, false));
		GraphEdits.putIfPresent(properties, "note", checks.optionalText("note", note, 1000));
		Integer start = checks.year("startYear", startYear);
		Integer end = checks.year("endYear", endYear);
		GraphEdits.putIfPresent(properties, "startYear", start);
		GraphEdits.putIfPresent(properties, "endYear", end);
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

	private static void funding(Checks checks, Map<String, Object> properties, ProjectInputs.FundingInput funding) {
		BigDecimal central = checks.money("funding.centralInvestment", funding.centralInvestment());
		BigDecimal local = checks.money("funding.localInvestment", funding.localInvestment());
		BigDecimal other = checks.money("funding.otherInvestment", funding.otherInvestment());
		BigDecimal total = checks.money("funding.totalInvestment", funding.totalInvestment());
		GraphEdits.putIfPresent(properties, "collaborationFundsFen",
				fen(checks.money("funding.collaborationFunds", funding.collaborationFunds())));
		GraphEdits.putIfPresent(properties, "matchingFundsFen",
				fen(checks.money("funding.matchingFunds", funding.matchingFunds())));
		GraphEdits.putIfPresent(properties, "centralInvestmentFen", fen(central));
		GraphEdits.putIfPresent(properties, "localInvestmentFen", fen(local));
		GraphEdits.putIfPresent(properties, "otherInvestmentFen", fen(other));
		GraphEdits.putIfPresent(properties, "totalInvestmentFen", fen(total));
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
