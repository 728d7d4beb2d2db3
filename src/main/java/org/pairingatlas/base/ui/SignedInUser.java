package org.pairingatlas.base.ui;

import java.util.Optional;

/**
 * Who is signed in, as the title bar shows it: the security module answers, so the layout
 * needs no knowledge of how people sign in.
 */
public interface SignedInUser {

	/** The signed-in user's name; empty for an anonymous visitor. */
	Optional<String> name();

}
