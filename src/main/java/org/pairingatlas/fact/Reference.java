package org.pairingatlas.fact;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An id an input names, checked to exist (and be visible to the writer) with one of the
 * allowed labels.
 *
 * @param field the input field, named in a refusal
 * @param key the id given, if any
 * @param labels the labels the referenced node may have
 * @param required whether the field must be given
 */
public record Reference(String field, @Nullable String key, Set<String> labels, boolean required) {
}
