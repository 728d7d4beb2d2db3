/**
 * Trusted documents: partners register the GraphQL operations they send, then send only
 * the document's id; a token can be held to the documents it registered.
 */
@NullMarked
package org.pairingatlas.trusted;

import org.jspecify.annotations.NullMarked;
