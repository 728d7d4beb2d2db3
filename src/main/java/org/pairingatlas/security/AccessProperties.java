package org.pairingatlas.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may use the API.
 *
 * @param anonymous {@code none} (the default): every request must sign in;
 * {@code public-read}: anonymous requests may read, never write
 * @param tokens API tokens of partner systems, stored as SHA-256 hashes
 * @param coordinators coordinators who sign in with a password and edit within their
 * remit
 * @param explorer {@code public-read} (the default): anyone may browse the explorer's
 * public facts and coordinators sign in to see unconfirmed ones and edit;
 * {@code sign-in}: every explorer view asks for sign-in first
 */
@ConfigurationProperties("pairing-atlas.security")
public record AccessProperties(@DefaultValue("none") Anonymous anonymous, @DefaultValue List<Token> tokens,
		@DefaultValue List<Coordinator> coordinators, @DefaultValue("public-read") Explorer explorer) {

	/** Who may open the explorer. */
	public enum Explorer {

		PUBLIC_READ, SIGN_IN

	}

	/** What anonymous requests may do. */
	public enum Anonymous {

		NONE, PUBLIC_READ

	}

	/**
	 * A partner system's token.
	 *
	 * @param name shown in the audit trail
	 * @param sha256 hex SHA-256 of the token; the token itself is never stored
	 * @param scopes {@code read} (the graph), {@code audit} (the audit log),
	 * {@code read:unconfirmed} (facts the sources only suggest), {@code metrics} (the
	 * Prometheus metrics)
	 * @param expires last day the token works, if it expires
	 * @param revoked a revoked token is refused
	 */
	public record Token(String name, String sha256, @DefaultValue("read") Set<String> scopes,
			@Nullable LocalDate expires, boolean revoked) {

		// A token without its hash would fail every request; refuse it at start instead,
		// naming it.
		public Token {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("pairing-atlas.security.tokens: every token needs a name");
			}
			if (sha256 == null || !sha256.matches("[0-9a-fA-F]{64}")) {
				throw new IllegalArgumentException("pairing-atlas.security.tokens: token '" + name
						+ "' needs sha256, the 64 hex digits of the token's SHA-256 (the token itself is never configured)");
			}
		}
	}

	/**
	 * A coordinator.
	 *
	 * @param username sign-in name
	 * @param password encoded password, e.g. {@code {bcrypt}$2a$...}
	 * @param programmes programmes they may edit; empty means all
	 * @param regions regions (with everything below) they may edit in; empty means all
	 */
	public record Coordinator(String username, String password, @DefaultValue Set<String> programmes,
			@DefaultValue Set<String> regions) {

		public Coordinator {
			if (username == null || username.isBlank() || password == null || password.isBlank()) {
				throw new IllegalArgumentException(
						"pairing-atlas.security.coordinators: every coordinator needs a username and a password");
			}
		}
	}

}
