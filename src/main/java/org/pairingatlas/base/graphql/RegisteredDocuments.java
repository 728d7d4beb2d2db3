package org.pairingatlas.base.graphql;

import java.util.Optional;

/**
 * The GraphQL documents partners registered ahead of time, which a request may name by
 * its id ({@code "documentId": "sha256:…"}, the GraphQL-over-HTTP persisted-document
 * convention) instead of sending the text.
 */
public interface RegisteredDocuments {

	/** The request attribute holding the id a request named its document by. */
	String DOCUMENT_ID = RegisteredDocuments.class.getName() + ".documentId";

	/** The text registered under this id, if any. */
	Optional<String> text(String documentId);

}
