package org.pairingatlas.sheet;

import java.util.List;

import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.SourceInput;

/**
 * A kind of fact coordinators keep in sheets (township pairings, organisations, …): its
 * columns, how its rows are checked against the graph by the rules of its mutations, and
 * how a checked row is written through them. Features lend their kinds as beans.
 */
public interface SheetKind {

	/** Its id in URLs and the API, e.g. {@code township-pairings}. */
	String id();

	/** Its columns, in the template's order. */
	List<SheetColumn> columns();

	/**
	 * Works out what every row would do: reads the graph as the actor may see it, writes
	 * nothing. A row the file repeats is refused as a repetition of the first.
	 */
	List<RowPlan> plan(List<RowValues> rows, Actor actor);

	/**
	 * Writes a new or changed row through the kind's mutations, inside the commit's
	 * transaction, citing the source given; a refusal rolls the whole commit back.
	 */
	Written write(RowPlan plan, SourceInput source, Actor actor);

	/**
	 * What a committed row wrote.
	 *
	 * @param key the fact's key
	 * @param label its label
	 * @param created whether it was created (else changed)
	 * @param restore for a change, the values to restore on rollback (null for absent)
	 * @param before facts the row created first for this one (an organisation its pairing
	 * names), withdrawn after it on rollback
	 */
	record Written(String key, String label, boolean created,
			java.util.Map<String, @org.jspecify.annotations.Nullable Object> restore, List<Created> before) {

		public Written(String key, String label, boolean created,
				java.util.Map<String, @org.jspecify.annotations.Nullable Object> restore) {
			this(key, label, created, restore, List.of());
		}

	}

	/**
	 * A fact a row created before its own.
	 *
	 * @param key its key
	 * @param label its label
	 */
	record Created(String key, String label) {
	}

}
