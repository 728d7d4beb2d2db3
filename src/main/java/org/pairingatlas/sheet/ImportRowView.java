package org.pairingatlas.sheet;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A row of an import with its outcome.
 *
 * @param number its number in the sheet
 * @param outcome new, unchanged, changed or refused
 * @param summary the fact in words
 * @param text the row as cited
 * @param cells its cells as uploaded
 * @param reasons why it was refused
 * @param existing the fact it matched, if any
 * @param fact the fact it wrote, once committed
 */
public record ImportRowView(int number, Outcome outcome, String summary, String text, List<String> cells,
		List<RowReason> reasons, @Nullable String existing, @Nullable String fact) {
}
