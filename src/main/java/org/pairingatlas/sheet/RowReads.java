package org.pairingatlas.sheet;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.UserError;

/**
 * How every kind of sheet reads a row's cells: a value as its column reads it, refusing
 * what cannot be read or a required cell left empty; and a name as the region or
 * organisation it was found to be, refusing an unknown or ambiguous one with its
 * candidates.
 */
public final class RowReads {

	private RowReads() {
	}

	/**
	 * A refusal of a mutation's own checks as a row's reason: in the coordinator's words
	 * where we have them (an end before the start, a unit paired with itself, a funding
	 * split that does not add up), else the rule's message; the field is the column's
	 * ({@code funding.totalInvestment} is {@code totalInvestment}).
	 */
	public static RowReason broken(UserError error) {
		String field = error.field().startsWith("funding.") ? error.field().substring("funding.".length())
				: error.field();
		return switch (error.code()) {
			case "END_BEFORE_START" -> new RowReason(field, Reason.of("sheet.refusal.endBeforeStart"));
			case "SELF_PAIRING" -> new RowReason(field, Reason.of("sheet.refusal.selfPairing"));
			case "SPLIT_MISMATCH" -> new RowReason(field, Reason.of("sheet.refusal.splitMismatch"));
			default -> new RowReason(field, Reason.of("sheet.refusal.rule", error.message()));
		};
	}

	/** Rows checked against the graph at a time: one query for this many. */
	static final int CHUNK = 5000;

	/**
	 * The plans of all rows in their order: those already decided (refused by their
	 * cells) and those the graph decides, {@code check}ed {@link #CHUNK} drafts at a
	 * time.
	 */
	public static <D> List<RowPlan> planned(List<RowValues> rows, Map<Integer, RowPlan> decided, List<D> drafts,
			Function<List<D>, List<RowPlan>> check) {
		for (int from = 0; from < drafts.size(); from += CHUNK) {
			check.apply(drafts.subList(from, Math.min(drafts.size(), from + CHUNK)))
				.forEach((plan) -> decided.put(plan.number(), plan));
		}
		return rows.stream().map((row) -> decided.get(row.number())).toList();
	}

	/** The cell's value, or null with the reason added where it cannot be read. */
	public static <T> @Nullable T read(List<RowReason> reasons, String field, Cells.Read<T> read, boolean required) {
		if (read.problem() != null) {
			reasons.add(new RowReason(field, read.problem()));
			return null;
		}
		if (required && read.value() == null) {
			reasons.add(new RowReason(field, Reason.of("sheet.refusal.required")));
		}
		return read.value();
	}

	/**
	 * What a name was found to be, or null with the reason added.
	 * @param wanted {@link Boolean#TRUE} for an organisation, {@link Boolean#FALSE} for a
	 * region, null for either
	 */
	public static PartyNames.@Nullable Candidate party(List<RowReason> reasons, String field, @Nullable String text,
			@Nullable String within, Map<PartyNames.Named, PartyNames.Found> found, @Nullable Boolean wanted) {
		if (text == null) {
			reasons.add(new RowReason(field, Reason.of("sheet.refusal.required")));
			return null;
		}
		PartyNames.Found party = found.get(new PartyNames.Named(text, within));
		if (party.isFound() && (wanted == null || party.party().organisation() == wanted)) {
			return party.party();
		}
		List<PartyNames.Candidate> fitting = party.candidates()
			.stream()
			.filter((c) -> wanted == null || c.organisation() == wanted)
			.toList();
		String candidates = String.join("；", fitting.stream().map(PartyNames.Candidate::label).toList());
		reasons.add(new RowReason(field,
				(party.ambiguous() && fitting.size() > 1) ? Reason.of("sheet.refusal.ambiguous", text, candidates)
						: candidates.isEmpty() ? Reason.of("sheet.refusal.unknownName", text)
								: Reason.of("sheet.refusal.unknownNameLike", text, candidates)));
		return null;
	}

}
