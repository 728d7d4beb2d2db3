package org.pairingatlas.source;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.SourceInput;
import org.pairingatlas.fact.FactWriter;

import org.springframework.stereotype.Service;

/**
 * Attaches a further source to a fact already in the graph.
 */
@Service
public class SourceEdits {

	private static final Set<String> FACTS = Set.of("Programme", "Region", "Organisation", "Pairing", "Project",
			"ReportedFigure", "Target", "Measurement", "FundTransfer", "Exchange");

	private final FactWriter writer;

	SourceEdits(FactWriter writer) {
		this.writer = writer;
	}

	public String attach(@Nullable String id, @Nullable SourceInput source, Actor actor) {
		return this.writer.cite(actor, id, source, FACTS);
	}

}
