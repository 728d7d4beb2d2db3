package org.pairingatlas.source;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.audit.AuditLog;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.Checks;
import org.pairingatlas.base.edit.GraphEdits;
import org.pairingatlas.base.edit.SourceInput;
import org.pairingatlas.base.edit.WritePermissions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attaches a further source to a fact already in the graph.
 */
@Service
public class SourceEdits {

	private final GraphEdits edits;

	private final AuditLog audit;

	private final WritePermissions permissions;

	SourceEdits(GraphEdits edits, AuditLog audit, WritePermissions permissions) {
		this.edits = edits;
		this.audit = audit;
		this.permissions = permissions;
	}

	@Transactional
	public String attach(@Nullable String id, @Nullable SourceInput source, Actor actor) {
		Checks checks = new Checks();
		String key = checks.key("id", id);
		if (source == null) {
			checks.invalid("source", null, "is required");
		}
		else {
			source.check(checks, "source");
		}
		Map<String, Set<String>> labels = this.edits.labelsOfAny(key, (source != null) ? source.document() : null);
		this.edits.requireKinds(checks, labels, "id", key, Set.of("Programme", "Region", "Organisation", "Pairing",
				"Project", "ReportedFigure", "Target", "Measurement", "FundTransfer", "Exchange"), true);
		if (source != null) {
			this.edits.requireSource(checks, labels, source);
		}
		checks.throwIfAny();
		this.edits.cite(key, source.document(), source.excerpt().strip());
		String type = labels.get(key).stream().sorted().findFirst().orElse("Entity");
		this.permissions.require(actor, key);
		this.audit.record(actor.name(), "attachSource", type, key, Map.of(),
				Map.of("source", source.document(), "excerpt", source.excerpt().strip()));
		return key;
	}

}
