package org.pairingatlas;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs a coordinator in for browserless view tests, which run without the HTTP sign-in:
 * the views read the same security context a form sign-in fills.
 */
public final class SignedIn {

	private SignedIn() {
	}

	public static void asCoordinator(String username) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
					AuthorityUtils.createAuthorityList("ROLE_COORDINATOR")));
	}

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}

}
