package org.pairingatlas.pairing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.audit.AuditLog;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.Checks;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.edit.GraphEdits;
import org.pairingatlas.base.edit.SourceInput;
import org.pairingatlas.base.edit.WritePermissions;
import org.pairingatlas.base.edit.UserError;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, updates and ends pairings, each edit one transaction: validated before
 * anything is written, version-checked, cited and audited.
 */
@Service
public class PairingEdits {

	private static final Set<String> PARTIES = Set.of("Region", "Organisation");

	// A region may not be paired with a region above or below it (nor an organisation in
	// it).
	private static final String RELATED = """
			MATCH (a:Entity {key: $supporter}), (b:Entity {key: $recipient})
			RETURN EXISTS { (a)-[:LOCATED_IN|PART_OF*1..6]->(b) } OR EXISTS { (b)-[:LOCATED_IN|PART_OF*1..6]->(a) } AS related
			""";

	private static final String DUPLICATE = """
			MATCH (:Entity {key: $supporter})<-[:SUPPORTER]-(p:Pairing)-[:RECIPIENT]->(:Entity {key: $recipient}),
			      (p)-[:UNDER]->(:Programme {key: $programme})
			WHERE p.status <> 'ended' AND p.level = $level AND ($except IS NULL OR p.key <> $except)
			RETURN p.key AS key LIMIT 1
			""";

	private static final String CREATE = """
			MATCH (g:Programme {key: $programme}), (s:Entity {key: $supporter}), (r:Entity {key: $recipient})
			CREATE (p:Entity:Pairing {key: $key})
			SET p += $properties, p.version = 1
			CREATE (p)-[:UNDER]->(g), (p)-[:SUPPORTER]->(s), (p)-[:RECIPIENT]->(r)
			""";

	private static final String UPDATE = """
			MATCH (p:Pairing {key: $key})
			SET p += $properties, p.version = coalesce(p.version, 0) + 1
			""";

	private final Neo4jClient client;

	private final GraphEdits edits;

	private final AuditLog audit;

	private final WritePermissions permissions;

	PairingEdits(Neo4jClient client, GraphEdits edits, AuditLog audit, WritePermissions permissions) {
		this.client = client;
		this.edits = edits;
		this.audit = audit;
		this.permissions = permissions;
	}

	@Transactional
	public String create(PairingInputs.CreatePairingInput input, Actor actor) {
		Checks checks = new Checks();
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
		SourceInput.require(checks, input.source());
		if (supporter != null && supporter.equals(recipient)) {
			checks.fail("recipient", recipient, "SELF_PAIRING",
					"recipient '" + recipient + "': a unit cannot be paired with itself");
		}
		Map<String, Set<String>> labels = this.edits.labelsOfAny(programme, supporter, recipient,
				(input.source() != null) ? input.source().document() : null);
		this.edits.requireKinds(checks, labels, "programme", programme, Set.of("Programme"), true);
		this.edits.requireKinds(checks, labels, "supporter", supporter, PARTIES, true);
		this.edits.requireKinds(checks, labels, "recipient", recipient, PARTIES, true);
		this.edits.requireSource(checks, labels, input.source());
		checks.throwIfAny();
		refuseRelatedSides(supporter, recipient);
		refuseDuplicate(programme, supporter, recipient, level, null);
		String key = GraphEdits.newKey("pair");
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("level", level);
		properties.put("kind", kind);
		properties.put("status", (status != null) ? status : (end != null ? "ended" : "active"));
		properties.put("confirmed", !Boolean.FALSE.equals(input.confirmed()));
		GraphEdits.putIfPresent(properties, "startDate", start);
		GraphEdits.putIfPresent(properties, "endDate", end);
		GraphEdits.putIfPresent(properties, "note", note);
		this.client.query(CREATE)
			.bindAll(Map.of("programme", programme, "supporter", supporter, "recipient", recipient, "key", key,
					"properties", properties))
			.run();
		this.edits.cite(key, input.source().document(), input.source().excerpt().strip());
		Map<String, Object> after = new LinkedHashMap<>(properties);
		after.put("programme", programme);
		after.put("supporter", supporter);
		after.put("recipient", recipient);
		after.put("version", 1);
		this.permissions.require(actor, key);
		this.audit.record(actor.name(), "createPairing", "Pairing", key, null, after);
		return key;
	}

	@Transactional
	public String update(PairingInputs.UpdatePairingInput input, Actor actor) {
		Checks checks = new Checks();
		String key = checks.key("id", input.id());
		String level = checks.oneOf("level", input.level(), PairingVocabulary.LEVELS, false);
		String kind = checks.oneOf("kind", input.kind(), PairingVocabulary.KINDS, false);
		String status = checks.oneOf("status", input.status(), PairingVocabulary.STATUSES, false);
		String start = checks.date("startDate", input.startDate());
		String end = checks.date("endDate", input.endDate());
		String note = checks.optionalText("note", input.note(), 1000);
		if (input.source() != null) {
			input.source().check(checks, "source");
		}
		checks.throwIfAny();
		Map<String, Object> before = this.edits.lock("Pairing", key, input.expectedVersion());
		Map<String, Object> changes = new LinkedHashMap<>();
		GraphEdits.putIfPresent(changes, "level", level);
		GraphEdits.putIfPresent(changes, "kind", kind);
		GraphEdits.putIfPresent(changes, "status", status);
		GraphEdits.putIfPresent(changes, "startDate", start);
		GraphEdits.putIfPresent(changes, "endDate", end);
		GraphEdits.putIfPresent(changes, "note", note);
		if (input.confirmed() != null) {
			changes.put("confirmed", input.confirmed());
		}
		Checks after = new Checks();
		after.period("startDate", (String) changes.getOrDefault("startDate", before.get("startDate")), "endDate",
				(String) changes.getOrDefault("endDate", before.get("endDate")));
		after.throwIfAny();
		return apply(key, before, changes, input.source(), "updatePairing", actor);
	}

	@Transactional
	public String end(PairingInputs.EndPairingInput input, Actor actor) {
		Checks checks = new Checks();
		String key = checks.key("id", input.id());
		String end = checks.date("endDate", input.endDate());
		if (end == null && input.endDate() == null) {
			checks.invalid("endDate", null, "is required");
		}
		if (input.source() == null) {
			checks.invalid("source", null, "is required: ending a pairing is a fact and cites its source");
		}
		else {
			input.source().check(checks, "source");
		}
		checks.throwIfAny();
		Map<String, Object> before = this.edits.lock("Pairing", key, input.expectedVersion());
		if ("ended".equals(before.get("status"))) {
			throw new EditRefused(
					new UserError("id", key, "INVALID", "id '" + key + "': the pairing has already ended"));
		}
		Checks after = new Checks();
		after.period("startDate", (String) before.get("startDate"), "endDate", end);
		after.throwIfAny();
		Map<String, Object> changes = new LinkedHashMap<>();
		changes.put("endDate", end);
		changes.put("status", "ended");
		return apply(key, before, changes, input.source(), "endPairing", actor);
	}

	private String apply(String key, Map<String, Object> before, Map<String, Object> changes,
			org.pairingatlas.base.edit.@Nullable SourceInput source, String action, Actor actor) {
		if (source != null) {
			Checks checks = new Checks();
			this.edits.requireSource(checks, this.edits.labelsOfAny(source.document()), source);
			checks.throwIfAny();
		}
		this.client.query(UPDATE).bindAll(Map.of("key", key, "properties", changes)).run();
		if (source != null) {
			this.edits.cite(key, source.document(), source.excerpt().strip());
		}
		Map<String, Object> after = new HashMap<>(before);
		after.putAll(changes);
		after.put("version", ((Number) before.getOrDefault("version", 0)).intValue() + 1);
		this.permissions.require(actor, key);
		this.audit.record(actor.name(), action, "Pairing", key, before, after);
		return key;
	}

	private void refuseRelatedSides(String supporter, String recipient) {
		boolean related = this.client.query(RELATED)
			.bindAll(Map.of("supporter", supporter, "recipient", recipient))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (related) {
			throw new EditRefused(new UserError("recipient", recipient, "INVALID",
					"recipient '" + recipient + "': lies within or above the supporter '" + supporter
							+ "'; a region cannot be paired with its own ancestor"));
		}
	}

	private void refuseDuplicate(String programme, String supporter, String recipient, String level,
			@Nullable String except) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("programme", programme);
		parameters.put("supporter", supporter);
		parameters.put("recipient", recipient);
		parameters.put("level", level);
		parameters.put("except", except);
		this.client.query(DUPLICATE).bindAll(parameters).fetchAs(String.class).one().ifPresent((existing) -> {
			throw new EditRefused(new UserError("recipient", recipient, "DUPLICATE",
					"recipient '" + recipient + "': an active pairing with supporter '" + supporter
							+ "' under this programme already exists (" + existing + ")"));
		});
	}

}
