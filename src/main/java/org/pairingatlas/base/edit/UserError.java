package org.pairingatlas.base.edit;

import org.jspecify.annotations.Nullable;

/**
 * Why an edit was refused: the input field, the value given and what is wrong with it.
 *
 * @param field the input field, e.g. {@code recipient} or {@code source.excerpt}
 * @param value the value given, if any
 * @param code what kind of problem: INVALID, UNKNOWN_ID, DUPLICATE, CONFLICT,
 * SPLIT_MISMATCH, FORBIDDEN
 * @param message a sentence for people
 */
public record UserError(String field, @Nullable String value, String code, String message) {
}
