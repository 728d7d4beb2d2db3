package org.pairingatlas.sheet;

import org.jspecify.annotations.Nullable;

/**
 * Why a row is refused: the column (field) at fault, if one is, and the reason.
 *
 * @param field the field of the column at fault, or null for the row as a whole
 * @param reason why
 */
public record RowReason(@Nullable String field, Reason reason) {
}
