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

	private static final String SAME_NAME = """
			MATCH (:Region {key: $region})<-[:LOCATED_IN]-(o:Organisation {name: $name})
			WHERE $except IS NULL OR o.key <> $except
			RETURN o.key AS key LIMIT 1
			""";

	private static final String SAME_CODE = """
			MATCH (o:Organisation {creditCode: $creditCode})
			WHERE $except IS NULL OR o.key <> $except
			RETURN o.key AS key LIMIT 1
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
		return this.writer.create(actor, (checks) -> {
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
		});
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
		return new Uniqueness(List.of(region), SAME_NAME, parameters(Map.of("name", name, "region", region), except),
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
		return new Uniqueness(List.of(), SAME_CODE, parameters(Map.of("creditCode", creditCode), except),
				(existing) -> new UserError("creditCode", creditCode, "DUPLICATE", "creditCode '" + creditCode
						+ "': another organisation has this unified social credit code (" + existing + ")"));
	}

	private static Map<String, @Nullable Object> parameters(Map<String, Object> values, @Nullable String except) {
		Map<String, @Nullable Object> parameters = new HashMap<>(values);
		parameters.put("except", except);
		return parameters;
	}

}
