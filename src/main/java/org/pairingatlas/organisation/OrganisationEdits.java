package org.pairingatlas.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.Checks;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.edit.UserError;
import org.pairingatlas.fact.FactChange;
import org.pairingatlas.fact.FactWriter;
import org.pairingatlas.fact.NewFact;
import org.pairingatlas.fact.PropertyValues;
import org.pairingatlas.fact.Uniqueness;
import org.pairingatlas.search.SearchTerms;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Records, changes and ends organisations through the {@link FactWriter}: what is an
 * organisation's own is its kind, its unified social credit code (checked by its check
 * character) and its uniqueness: one organisation of a name in a region, and one per
 * credit code.
 */
@Service
public class OrganisationEdits {

	private static final String CREATE = """
			MATCH (place:Region {key: $region})
			CREATE (o:Entity:Organisation {key: $key})
			SET o += $properties, o.version = 1
			CREATE (o)-[:LOCATED_IN]->(place)
			""";

	// The organisation of the same name in the same region a row would repeat; asked of
	// many rows at once by an import, of one by a mutation.
	private static final String SAME_NAME = """
			UNWIND $rows AS row
			MATCH (:Region {key: row.region})<-[:LOCATED_IN]-(o:Organisation {name: row.name})
			WHERE row.except IS NULL OR o.key <> row.except
			RETURN row.index AS index, o.key AS key, properties(o) AS properties
			""";

	private static final String SAME_CODE = """
			UNWIND $rows AS row
			MATCH (o:Organisation {creditCode: row.creditCode})
			WHERE row.except IS NULL OR o.key <> row.except
			RETURN row.index AS index, o.key AS key, properties(o) AS properties
			""";

	private static final String REGION_OF = """
			MATCH (:Organisation {key: $key})-[:LOCATED_IN]->(r:Region)
			RETURN r.key AS region
			""";

	private final Neo4jClient client;

	private final FactWriter writer;

	OrganisationEdits(Neo4jClient client, FactWriter writer) {
		this.client = client;
		this.writer = writer;
	}

	public String create(OrganisationInputs.CreateOrganisationInput input, Actor actor) {
		return this.writer.create(actor, (checks) -> describe(checks, input));
	}

	/** A new organisation as the mutation and an import's rows check it. */
	public NewFact describe(Checks checks, OrganisationInputs.CreateOrganisationInput input) {
		NewFact organisation = NewFact.of("Organisation", "createOrganisation", "org");
		String name = checks.text("name", input.name(), 200);
		String region = checks.key("region", input.region());
		String creditCode = UnifiedCreditCode.check(checks, "creditCode", input.creditCode());
		if (name != null) {
			SearchTerms.propertiesOf(name, null).forEach(organisation.properties()::set);
		}
		organisation.properties()
			.set("name", name)
			.set("nameEn", checks.optionalText("nameEn", input.nameEn(), 300))
			.set("kind", checks.oneOf("kind", input.kind(), OrganisationSearch.KINDS, true))
			.set("creditCode", creditCode)
			.set("confirmed", !Boolean.FALSE.equals(input.confirmed()))
			.set("status", "active")
			.set("note", checks.optionalText("note", input.note(), 1000));
		return organisation.refers("region", region, Set.of("Region"), true)
			.cites(input.source())
			.uniqueBy(() -> sameName(name, region, null))
			.uniqueBy(() -> sameCode(creditCode, null))
			.writtenBy(CREATE);
	}

	/**
	 * Of these rows (each with an {@code index}, {@code name}, {@code region} and
	 * {@code except}), the organisation of the same name in the same region each would
	 * repeat, with its properties.
	 */
	public Map<Integer, Map<String, Object>> sameNames(List<Map<String, @Nullable Object>> rows) {
		return matches(SAME_NAME, rows);
	}

	/**
	 * Of these rows (each with an {@code index}, {@code creditCode} and {@code except}),
	 * the organisation holding the same code.
	 */
	Map<Integer, Map<String, Object>> sameCodes(List<Map<String, @Nullable Object>> rows) {
		return matches(SAME_CODE, rows);
	}

	private Map<Integer, Map<String, Object>> matches(String cypher, List<Map<String, @Nullable Object>> rows) {
		Map<Integer, Map<String, Object>> found = new HashMap<>();
		this.client.query(cypher).bind(rows).to("rows").fetch().all().forEach((row) -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> properties = new HashMap<>((Map<String, Object>) row.get("properties"));
			found.putIfAbsent(((Number) row.get("index")).intValue(), properties);
		});
		return found;
	}

	public String update(OrganisationInputs.UpdateOrganisationInput input, Actor actor) {
		return this.writer.change(actor, (checks) -> {
			String key = checks.key("id", input.id());
			String name = (input.name() != null) ? checks.text("name", input.name(), 200) : null;
			String nameEn = checks.optionalText("nameEn", input.nameEn(), 300);
			String kind = checks.oneOf("kind", input.kind(), OrganisationSearch.KINDS, false);
			String creditCode = UnifiedCreditCode.check(checks, "creditCode", input.creditCode());
			String note = checks.optionalText("note", input.note(), 1000);
			return FactChange.of("Organisation", "updateOrganisation", key, input.expectedVersion())
				.cites(input.source())
				.changing((before, changes, after) -> searchTerms(changes, name).set("name", name)
					.set("nameEn", nameEn)
					.set("kind", kind)
					.set("creditCode", creditCode)
					.set("note", note)
					.set("confirmed", input.confirmed()))
				.uniqueBy((organisation) -> sameName((String) organisation.get("name"), regionOf(key), key))
				.uniqueBy((organisation) -> sameCode((String) organisation.get("creditCode"), key));
		});
	}

	public String end(OrganisationInputs.EndOrganisationInput input, Actor actor) {
		return this.writer.change(actor, (checks) -> {
			String key = checks.key("id", input.id());
			String end = checks.date("endDate", input.endDate());
			if (end == null && input.endDate() == null) {
				checks.invalid("endDate", null, "is required");
			}
			if (input.source() == null) {
				checks.invalid("source", null, "is required: ending an organisation is a fact and cites its source");
			}
			return FactChange.of("Organisation", "endOrganisation", key, input.expectedVersion())
				.cites(input.source())
				.changing((before, changes, after) -> ended(key, before, changes, end));
		});
	}

	// A new name is found by search at once, in pinyin too, not only after a restart.
	private static PropertyValues searchTerms(PropertyValues changes, @Nullable String name) {
		if (name != null) {
			SearchTerms.propertiesOf(name, null).forEach(changes::set);
		}
		return changes;
	}

	private static void ended(@Nullable String key, Map<String, Object> before, PropertyValues changes,
			@Nullable String end) {
		if ("ended".equals(before.get("status"))) {
			throw new EditRefused(
					new UserError("id", key, "INVALID", "id '" + key + "': the organisation has already ended"));
		}
		changes.set("endDate", end).set("status", "ended");
	}

	private @Nullable String regionOf(@Nullable String key) {
		return this.client.query(REGION_OF).bind(key).to("key").fetchAs(String.class).one().orElse(null);
	}

	// Locking the region serialises every writer of an organisation there, so of two
	// concurrent writers of the same name the second sees the first's.
	private static @Nullable Uniqueness sameName(@Nullable String name, @Nullable String region,
			@Nullable String except) {
		if (name == null || region == null) {
			return null;
		}
		return new Uniqueness(List.of(region), SAME_NAME, rows(Map.of("name", name, "region", region), except),
				(existing) -> new UserError("name", name, "DUPLICATE",
						"name '" + name + "': an organisation of this name in region '" + region + "' already exists ("
								+ existing + ")"));
	}

	// A code names one organisation wherever it is, so no one node's lock serialises its
	// writers: the uniqueness constraint (V0006) guards the rare concurrent pair.
	private static @Nullable Uniqueness sameCode(@Nullable String creditCode, @Nullable String except) {
		if (creditCode == null) {
			return null;
		}
		return new Uniqueness(List.of(), SAME_CODE, rows(Map.of("creditCode", creditCode), except),
				(existing) -> new UserError("creditCode", creditCode, "DUPLICATE", "creditCode '" + creditCode
						+ "': another organisation has this unified social credit code (" + existing + ")"));
	}

	private static Map<String, Object> rows(Map<String, Object> values, @Nullable String except) {
		Map<String, @Nullable Object> row = new HashMap<>(values);
		row.put("index", 0);
		row.put("except", except);
		return Map.of("rows", List.of(row));
	}

}
