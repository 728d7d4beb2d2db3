package org.pairingatlas.security;

import java.util.Optional;
import java.util.Set;

import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.ui.SignedInUser;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is making the current request, and what they may do.
 */
@Component
public class Actors implements SignedInUser {

	private static final String ANONYMOUS = "anonymous";

	private final AccessProperties access;

	// Captured at start-up with the filter chains, which keep using the strategy they
	// were built with.
	private final SecurityContextHolderStrategy contexts;

	Actors(AccessProperties access, ObjectProvider<SecurityContextHolderStrategy> contexts) {
		this.access = access;
		this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	/**
	 * The current actor: a coordinator with their remit, a token, or {@code anonymous}.
	 */
	public Actor current() {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getName())) {
			return Actor.reader(ANONYMOUS);
		}
		String name = authentication.getName();
		return this.access.coordinators()
			.stream()
			.filter((c) -> c.username().equals(name))
			.findFirst()
			.map((c) -> new Actor(name, true, Set.copyOf(c.programmes()), Set.copyOf(c.regions())))
			.orElse(Actor.reader(name));
	}

	/**
	 * Whether the current request may read the audit log: anyone signed in (coordinators
	 * and partner tokens), never anonymous readers.
	 */
	public boolean mayReadAudit() {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName());
	}

	@Override
	public Optional<String> name() {
		String name = current().name();
		return name.equals(ANONYMOUS) ? Optional.empty() : Optional.of(name);
	}

}
