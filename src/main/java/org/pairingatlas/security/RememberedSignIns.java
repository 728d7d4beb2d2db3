package org.pairingatlas.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers for a few minutes the name and password pairs the password check accepted.
 * The API is stateless, so a coordinator's client signs in with HTTP Basic on every
 * request, and the deliberately slow BCrypt check (about 100 ms of CPU) would otherwise
 * be paid every time: it was most of what an edit cost. Only accepted pairs are kept, and
 * only as a salted SHA-256 of name and password; a wrong password is always checked in
 * full.
 */
final class RememberedSignIns implements AuthenticationProvider {

	// Beyond this many remembered pairs the memory starts afresh: coordinators are a
	// handful; only someone cycling through valid passwords could fill it.
	private static final int MAX_REMEMBERED = 10_000;

	private final AuthenticationProvider check;

	private final Duration remembered;

	private final Clock clock;

	private final byte[] salt = new byte[16];

	private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();

	RememberedSignIns(AuthenticationProvider check, Duration remembered, Clock clock) {
		this.check = check;
		this.remembered = remembered;
		this.clock = clock;
		new SecureRandom().nextBytes(this.salt);
	}

	@Override
	public @Nullable Authentication authenticate(Authentication authentication) {
		if (!(authentication instanceof UsernamePasswordAuthenticationToken)
				|| !(authentication.getCredentials() instanceof String password)) {
			return this.check.authenticate(authentication);
		}
		String key = digest(authentication.getName(), password);
		Instant now = this.clock.instant();
		Accepted known = this.accepted.get(key);
		if (known != null && now.isBefore(known.until())) {
			return known.authentication();
		}
		Authentication result = this.check.authenticate(authentication);
		if (result != null && result.isAuthenticated()) {
			if (this.accepted.size() >= MAX_REMEMBERED) {
				this.accepted.clear();
			}
			this.accepted.put(key, new Accepted(result, now.plus(this.remembered)));
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.check.supports(authentication);
	}

	private String digest(String name, String password) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(this.salt);
			sha256.update(name.getBytes(StandardCharsets.UTF_8));
			sha256.update((byte) 0);
			sha256.update(password.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha256.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Accepted(Authentication authentication, Instant until) {
	}

}
