package org.pairingatlas.security;

import java.util.Map;

import org.pairingatlas.base.graphql.compiled.CallerParameters;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * What the current request may see. Public data is every confirmed fact; facts the
 * sources only suggest (unconfirmed) are for coordinators and tokens with the scope
 * {@code read:unconfirmed}. Queries compose {@link #rule(String...)} and bind
 * {@link #unconfirmed()} to {@value #PARAMETER}, so hidden facts never reach a result, a
 * count, a sort order or an edit's existence check.
 */
@Component
public class Visibility implements CallerParameters {

	/** The scope that lets a token see unconfirmed facts. */
	public static final String UNCONFIRMED_SCOPE = "SCOPE_read:unconfirmed";

	/**
	 * The query parameter the rule reads: whether the caller may see unconfirmed facts.
	 */
	public static final String PARAMETER = "all";

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

	/** What a compiled statement binds for the rule: {@value #PARAMETER}. */
	@Override
	public Map<String, Object> callerParameters() {
		return Map.of(PARAMETER, unconfirmed());
	}

	/**
	 * The visibility rule as a Cypher predicate over the named nodes (a fact and the
	 * nodes it stands on): true when the caller may see unconfirmed facts or every one of
	 * them is confirmed. Nodes that carry no confirmation (regions, documents) always
	 * pass.
	 */
	public static String rule(String... variables) {
		StringBuilder predicate = new StringBuilder("($").append(PARAMETER).append(" OR (");
		for (int i = 0; i < variables.length; i++) {
			predicate.append((i > 0) ? " AND " : "")
				.append("coalesce(")
				.append(variables[i])
				.append(".confirmed, true)");
		}
		return predicate.append("))").toString();
	}

}
