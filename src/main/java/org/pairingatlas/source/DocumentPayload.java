package org.pairingatlas.source;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.UserError;

/**
 * The answer to registering a document, by GraphQL or by upload: the document, or why it
 * was refused.
 */
record DocumentPayload(@Nullable Document document, List<UserError> errors) {
}
