package org.pairingatlas.sheet;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.fact.Remit;

/**
 * What a row will do once committed, as its kind worked it out from the row and the
 * graph.
 *
 * @param number the row's number in the sheet
 * @param outcome new, unchanged, changed or refused
 * @param reasons why it is refused (empty otherwise)
 * @param summary the fact in words, e.g. "东城区 → 蒋家堰镇"
 * @param existing the fact it matches in the graph, if any
 * @param write what the kind writes for it at commit (its own type), if anything
 * @param remit where the fact it writes stands (programme and places), for the writer's
 * remit to be judged before the commit
 */
public record RowPlan(int number, Outcome outcome, List<RowReason> reasons, String summary, @Nullable String existing,
		@Nullable Object write, @Nullable Remit remit) {

	public RowPlan(int number, Outcome outcome, List<RowReason> reasons, String summary, @Nullable String existing,
			@Nullable Object write) {
		this(number, outcome, reasons, summary, existing, write, null);
	}

	/** This plan, its fact standing there. */
	public RowPlan standing(Remit where) {
		return new RowPlan(this.number, this.outcome, this.reasons, this.summary, this.existing, this.write, where);
	}

	public static RowPlan refused(int number, List<RowReason> reasons, String summary) {
		return new RowPlan(number, Outcome.REFUSED, List.copyOf(reasons), summary, null, null);
	}

}
