package org.pairingatlas.trusted;

import java.util.List;

/**
 * A GraphQL document registered ahead of time.
 *
 * @param id {@code sha256:} and the hex SHA-256 of the document's text
 * @param document the text
 * @param registeredBy the partners (token names) that registered it
 * @param operations the names of its operations
 */
public record TrustedDocument(String id, String document, List<String> registeredBy, List<String> operations) {
}
