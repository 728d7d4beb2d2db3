package org.pairingatlas.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * What the current request may see. Public data is every confirmed fact; facts the
 * sources only suggest (unconfirmed) are for coordinators and tokens with the scope
 * {@code read:unconfirmed}. Queries take this as a parameter and filter in Cypher, so
 * hidden facts never reach a result, a count or a sort order.
 */
@Component
public class Visibility {

	/** The scope that lets a token see unconfirmed facts. */
	public static final String UNCONFIRMED_SCOPE = "SCOPE_read:unconfirmed";

	private final SecurityContextHolderStrategy contexts;

	private final Actors actors;

	Visibility(ObjectProvider<SecurityContextHolderStrategy> contexts, Actors actors) {
		this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		this.actors = actors;
	}

	/** Whether the current request may see unconfirmed facts. */
	public boolean unconfirmed() {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return false;
		}
		return this.actors.current().coordinator()
				|| authentication.getAuthorities().stream().anyMatch((a) -> UNCONFIRMED_SCOPE.equals(a.getAuthority()));
	}

}
