package org.pairingatlas.fact;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.pairingatlas.base.edit.UserError;

/**
 * What makes a fact unique: the nodes to lock (so two writers of the same fact are
 * serialised and the second sees the first), a query returning the key of an existing
 * fact it would duplicate, and the refusal naming that fact.
 *
 * @param locked the keys of the nodes to lock before the question is asked
 * @param duplicate Cypher returning {@code key}, the duplicate's, if there is one
 * @param parameters the query's parameters
 * @param refusal the refusal, given the duplicate's key
 */
public record Uniqueness(List<String> locked, String duplicate, Map<String, Object> parameters,
		Function<String, UserError> refusal) {
}
