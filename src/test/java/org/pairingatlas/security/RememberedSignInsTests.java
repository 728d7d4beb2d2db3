package org.pairingatlas.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RememberedSignInsTests {

	private final AtomicInteger checks = new AtomicInteger();

	/** Accepts "right" as the password of anyone, counting every check. */
	private final AuthenticationProvider passwordCheck = new AuthenticationProvider() {

		@Override
		public Authentication authenticate(Authentication authentication) {
			RememberedSignInsTests.this.checks.incrementAndGet();
			if (!"right".equals(authentication.getCredentials())) {
				throw new BadCredentialsException("Bad credentials");
			}
			return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null,
					List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR")));
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return true;
		}

	};

	private Instant now = Instant.parse("2026-11-22T08:00:00Z");

	private final RememberedSignIns signIns = new RememberedSignIns(this.passwordCheck, Duration.ofMinutes(5),
			new Clock() {

				@Override
				public Instant instant() {
					return RememberedSignInsTests.this.now;
				}

				@Override
				public java.time.ZoneId getZone() {
					return ZoneOffset.UTC;
				}

				@Override
				public Clock withZone(java.time.ZoneId zone) {
					return this;
				}

			});

	@Test
	void an_accepted_password_is_checked_once_within_the_remembered_time() {
		Authentication first = this.signIns.authenticate(signIn("shiyan", "right"));
		Authentication second = this.signIns.authenticate(signIn("shiyan", "right"));
		assertThat(first.isAuthenticated()).isTrue();
		assertThat(second.getName()).isEqualTo("shiyan");
		assertThat(second.getAuthorities()).extracting("authority").containsExactly("ROLE_COORDINATOR");
		assertThat(this.checks.get()).isEqualTo(1);
	}

	@Test
	void a_wrong_password_is_checked_every_time_even_after_the_right_one() {
		this.signIns.authenticate(signIn("shiyan", "right"));
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(BadCredentialsException.class)
				.isThrownBy(() -> this.signIns.authenticate(signIn("shiyan", "wrong")));
		}
		assertThat(this.checks.get()).isEqualTo(4);
	}

	@Test
	void the_same_password_under_another_name_is_checked_in_full() {
		this.signIns.authenticate(signIn("shiyan", "right"));
		this.signIns.authenticate(signIn("wenzhou", "right"));
		assertThat(this.checks.get()).isEqualTo(2);
	}

	@Test
	void after_the_remembered_time_the_password_is_checked_again() {
		this.signIns.authenticate(signIn("shiyan", "right"));
		this.now = this.now.plus(Duration.ofMinutes(5));
		this.signIns.authenticate(signIn("shiyan", "right"));
		assertThat(this.checks.get()).isEqualTo(2);
	}

	private static Authentication signIn(String name, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
	}

}
