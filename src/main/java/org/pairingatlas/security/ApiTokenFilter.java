package org.pairingatlas.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in partner systems by {@code Authorization: Bearer <token>}: the token is hashed
 * and compared with the configured hashes; an unknown, expired or revoked token is
 * refused with 401.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private final List<AccessProperties.Token> tokens;

	private final Clock clock;

	// The strategy the filter chain was built with, so this filter and the authorisation
	// filter
	// read and write the same security context.
	private final SecurityContextHolderStrategy contexts;

	ApiTokenFilter(List<AccessProperties.Token> tokens, Clock clock, SecurityContextHolderStrategy contexts) {
		this.tokens = tokens;
		this.clock = clock;
		this.contexts = contexts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		String hash = sha256(header.substring(7).strip());
		Optional<AccessProperties.Token> token = this.tokens.stream()
			.filter((t) -> MessageDigest.isEqual(t.sha256().toLowerCase().getBytes(StandardCharsets.US_ASCII),
					hash.getBytes(StandardCharsets.US_ASCII)))
			.findFirst();
		// Optional.map would turn "no refusal" (null) into "unknown token", so ask in two
		// steps.
		String refusal = token.isPresent() ? refusal(token.get()) : "the token is not known";
		if (refusal != null) {
			response.setStatus(401);
			response.setContentType("application/json");
			response.getWriter()
				.write("{\"errors\":[{\"message\":\"" + refusal
						+ "\",\"extensions\":{\"classification\":\"UNAUTHORIZED\"}}]}");
			return;
		}
		var authorities = token.get()
			.scopes()
			.stream()
			.map((scope) -> new SimpleGrantedAuthority("SCOPE_" + scope))
			.toList();
		var authentication = UsernamePasswordAuthenticationToken.authenticated("token:" + token.get().name(), null,
				authorities);
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(authentication);
		this.contexts.setContext(context);
		chain.doFilter(request, response);
	}

	private @Nullable String refusal(AccessProperties.Token token) {
		if (token.revoked()) {
			return "the token has been revoked";
		}
		if (token.expires() != null && LocalDate.now(this.clock).isAfter(token.expires())) {
			return "the token expired on " + token.expires();
		}
		return null;
	}

	static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
