package org.pairingatlas.pairing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.Checks;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.edit.UserError;
import org.pairingatlas.fact.FactChange;
import org.pairingatlas.fact.FactWriter;
import org.pairingatlas.fact.NewFact;
import org.pairingatlas.fact.Uniqueness;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Creates, updates and ends pairings through the {@link FactWriter}: what is a pairing's
 * own are its checks, its Cypher and its uniqueness (one active pairing of the same
 * parties, programme and level).
 */
@Service
public class PairingEdits {

	// A region may not be paired with a region above or below it (nor an organisation in
	// it). Asked of many rows at once by an import, of one by a mutation.
	private static final String RELATED = """
			UNWIND $rows AS row
			MATCH (a:Entity {key: row.supporter})
			WITH row, a
			MATCH (b:Entity {key: row.recipient})
			WHERE EXISTS { (a)-[:LOCATED_IN|PART_OF*1..6]->(b) } OR EXISTS { (b)-[:LOCATED_IN|PART_OF*1..6]->(a) }
			RETURN row.index AS index
			""";

	// The active pairing of the same parties, programme and level a row would repeat.
	private static final String ACTIVE_SAME = """
			UNWIND $rows AS row
			MATCH (:Entity {key: row.supporter})<-[:SUPPORTER]-(p:Pairing)-[:RECIPIENT]->(:Entity {key: row.recipient}),
			      (p)-[:UNDER]->(:Programme {key: row.programme})
			WHERE p.status <> 'ended' AND p.level = row.level AND (row.except IS NULL OR p.key <> row.except)
			RETURN row.index AS index, p.key AS key, properties(p) AS properties
			""";

	private static final String PARTIES_OF = """
			MATCH (p:Pairing {key: $key})
			OPTIONAL MATCH (p)-[:SUPPORTER]->(s)
			OPTIONAL MATCH (p)-[:RECIPIENT]->(r)
			OPTIONAL MATCH (p)-[:UNDER]->(g:Programme)
			RETURN s.key AS supporter, r.key AS recipient, g.key AS programme
			""";

	private static final String CREATE = """
			MATCH (g:Programme {key: $programme})
			WITH g
			MATCH (s:Entity {key: $supporter})
			WITH g, s
			MATCH (r:Entity {key: $recipient})
			CREATE (p:Entity:Pairing {key: $key})
			SET p += $properties, p.version = 1
			CREATE (p)-[:UNDER]->(g), (p)-[:SUPPORTER]->(s), (p)-[:RECIPIENT]->(r)
			""";

	private final Neo4jClient client;

	private final FactWriter writer;

	PairingEdits(Neo4jClient client, FactWriter writer) {
		this.client = client;
		this.writer = writer;
	}

	public String create(PairingInputs.CreatePairingInput input, Actor actor) {
		return this.writer.create(actor, (checks) -> describe(checks, input));
	}

	/** A new pairing as the mutation and an import's rows check it. */
	NewFact describe(Checks checks, PairingInputs.CreatePairingInput input) {
		NewFact pairing = NewFact.of("Pairing", "createPairing", "pair");
		String programme = checks.key("programme", input.programme());
		String supporter = checks.key("supporter", input.supporter());
		String recipient = checks.key("recipient", input.recipient());
		String level = checks.oneOf("level", input.level(), PairingVocabulary.LEVELS, true);
		String kind = checks.oneOf("kind", input.kind(), PairingVocabulary.KINDS, true);
		String status = checks.oneOf("status", input.status(), PairingVocabulary.STATUSES, false);
		String start = checks.date("startDate", input.startDate());
		String end = checks.date("endDate", input.endDate());
		checks.period("startDate", start, "endDate", end);
		String note = checks.optionalText("note", input.note(), 1000);
		if (supporter != null && supporter.equals(recipient)) {
			checks.fail("recipient", recipient, "SELF_PAIRING",
					"recipient '" + recipient + "': a unit cannot be paired with itself");
		}
		pairing.properties()
			.set("level", level)
			.set("kind", kind)
			.set("status", (status != null) ? status : (end != null ? "ended" : "active"))
			.set("confirmed", !Boolean.FALSE.equals(input.confirmed()))
			.set("startDate", start)
			.set("endDate", end)
			.set("note", note);
		return pairing.refers("programme", programme, Set.of("Programme"), true)
			.refers("supporter", supporter, EntityTypes.PARTIES, true)
			.refers("recipient", recipient, EntityTypes.PARTIES, true)
			.cites(input.source())
			.checkedBy(() -> refuseRelatedSides(supporter, recipient))
			.uniqueBy(() -> uniqueness(programme, supporter, recipient, level, null))
			.writtenBy(CREATE);
	}

	public String update(PairingInputs.UpdatePairingInput input, Actor actor) {
		return this.writer.change(actor, (checks) -> {
			String key = checks.key("id", input.id());
			String level = checks.oneOf("level", input.level(), PairingVocabulary.LEVELS, false);
			String kind = checks.oneOf("kind", input.kind(), PairingVocabulary.KINDS, false);
			String status = checks.oneOf("status", input.status(), PairingVocabulary.STATUSES, false);
			String start = checks.date("startDate", input.startDate());
			String end = checks.date("endDate", input.endDate());
			String note = checks.optionalText("note", input.note(), 1000);
			return FactChange.of("Pairing", "updatePairing", key, input.expectedVersion())
				.cites(input.source())
				.changing((before, changes, after) -> {
					changes.set("level", level)
						.set("kind", kind)
						.set("status", status)
						.set("startDate", start)
						.set("endDate", end)
						.set("note", note)
						.set("confirmed", input.confirmed());
					after.period("startDate", (String) value(changes.get("startDate"), before.get("startDate")),
							"endDate", (String) value(changes.get("endDate"), before.get("endDate")));
				})
				.uniqueBy((pairing) -> uniquenessOf(key, pairing));
		});
	}

	public String end(PairingInputs.EndPairingInput input, Actor actor) {
		return this.writer.change(actor, (checks) -> {
			String key = checks.key("id", input.id());
			String end = checks.date("endDate", input.endDate());
			if (end == null && input.endDate() == null) {
				checks.invalid("endDate", null, "is required");
			}
			if (input.source() == null) {
				checks.invalid("source", null, "is required: ending a pairing is a fact and cites its source");
			}
			return FactChange.of("Pairing", "endPairing", key, input.expectedVersion())
				.cites(input.source())
				.changing((before, changes, after) -> {
					if ("ended".equals(before.get("status"))) {
						throw new EditRefused(
								new UserError("id", key, "INVALID", "id '" + key + "': the pairing has already ended"));
					}
					after.period("startDate", (String) before.get("startDate"), "endDate", end);
					changes.set("endDate", end).set("status", "ended");
				});
		});
	}

	private static @Nullable Object value(@Nullable Object changed, @Nullable Object stored) {
		return (changed != null) ? changed : stored;
	}

	/**
	 * Of these rows (each with an {@code index}, {@code supporter} and
	 * {@code recipient}), those whose sides lie one within the other.
	 */
	Set<Integer> relatedSides(List<Map<String, @Nullable Object>> rows) {
		Set<Integer> related = new java.util.HashSet<>();
		this.client.query(RELATED)
			.bind(rows)
			.to("rows")
			.fetchAs(Long.class)
			.all()
			.forEach((index) -> related.add(index.intValue()));
		return related;
	}

	/**
	 * Of these rows (each with an {@code index}, {@code programme}, {@code supporter},
	 * {@code recipient}, {@code level} and {@code except}), the active pairing each would
	 * repeat, with its properties.
	 */
	Map<Integer, Map<String, Object>> activeSame(List<Map<String, @Nullable Object>> rows) {
		Map<Integer, Map<String, Object>> found = new HashMap<>();
		this.client.query(ACTIVE_SAME).bind(rows).to("rows").fetch().all().forEach((row) -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> properties = new HashMap<>((Map<String, Object>) row.get("properties"));
			found.putIfAbsent(((Number) row.get("index")).intValue(), properties);
		});
		return found;
	}

	private void refuseRelatedSides(@Nullable String supporter, @Nullable String recipient) {
		Map<String, @Nullable Object> row = new HashMap<>();
		row.put("index", 0);
		row.put("supporter", supporter);
		row.put("recipient", recipient);
		if (!relatedSides(List.of(row)).isEmpty()) {
			throw new EditRefused(new UserError("recipient", recipient, "INVALID",
					"recipient '" + recipient + "': lies within or above the supporter '" + supporter
							+ "'; a region cannot be paired with its own ancestor"));
		}
	}

	/**
	 * What keeps a changed pairing unique: nothing to check once it has ended; otherwise
	 * no other active pairing of its parties, programme and (changed) level.
	 */
	private @Nullable Uniqueness uniquenessOf(String key, Map<String, Object> pairing) {
		if ("ended".equals(pairing.get("status"))) {
			return null;
		}
		Map<String, Object> parties = this.client.query(PARTIES_OF).bind(key).to("key").fetch().one().orElseThrow();
		return uniqueness((String) parties.get("programme"), (String) parties.get("supporter"),
				(String) parties.get("recipient"), (String) pairing.get("level"), key);
	}

	// Locking both parties serialises every writer of a pairing between them, so of two
	// concurrent writers of the same pairing the second sees the first's.
	private static Uniqueness uniqueness(@Nullable String programme, @Nullable String supporter,
			@Nullable String recipient, @Nullable String level, @Nullable String except) {
		Map<String, @Nullable Object> row = new HashMap<>();
		row.put("index", 0);
		row.put("programme", programme);
		row.put("supporter", supporter);
		row.put("recipient", recipient);
		row.put("level", level);
		row.put("except", except);
		return new Uniqueness(List.of(supporter, recipient), ACTIVE_SAME, Map.of("rows", List.of(row)),
				(existing) -> new UserError("recipient", recipient, "DUPLICATE",
						"recipient '" + recipient + "': an active pairing with supporter '" + supporter
								+ "' under this programme already exists (" + existing + ")"));
	}

}
