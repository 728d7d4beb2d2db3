package org.pairingatlas.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The GraphQL endpoint is stateless: partner tokens or coordinators' HTTP Basic sign-in
 * on every request, anonymous requests only when configured read-only. Writes are checked
 * per edit ({@code WritePermissions}). The explorer's coordinators sign in with a form
 * and stay signed in for their session.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(AccessProperties.class)
class SecurityConfiguration {

	/** The scope that lets a token read the metrics, for a Prometheus scraper. */
	static final String METRICS_SCOPE = "SCOPE_metrics";

	private static final org.apache.commons.logging.Log log = org.apache.commons.logging.LogFactory
		.getLog(SecurityConfiguration.class);

	/**
	 * Health (and its liveness and readiness probes) answers anyone, without details;
	 * metrics and the other endpoints need a token with the {@code metrics} scope, as a
	 * Prometheus scraper sends, or a coordinator.
	 */
	/**
	 * No observation of the filter chain at all: switched off by property, each filter
	 * was still wrapped in a decorator creating a no-op observation, 7 % of the CPU of an
	 * empty GraphQL request in a profile (docs/national-scale.md).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(0)
	SecurityFilterChain operationsSecurity(HttpSecurity http, AccessProperties access,
			ObjectProvider<SecurityContextHolderStrategy> contexts, AuthenticationManager signIns) throws Exception {
		statelessWithTokens(http.securityMatcher("/actuator/**"), access, contexts, signIns)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasAnyAuthority(METRICS_SCOPE, "ROLE_COORDINATOR"));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain graphQlSecurity(HttpSecurity http, AccessProperties access,
			ObjectProvider<SecurityContextHolderStrategy> contexts, AuthenticationManager signIns) throws Exception {
		log.info("GraphQL access: anonymous %s, %d API tokens, %d coordinators"
			.formatted(access.anonymous().name().toLowerCase(), access.tokens().size(), access.coordinators().size()));
		statelessWithTokens(http.securityMatcher("/graphql", "/graphql/**"), access, contexts, signIns)
			.authorizeHttpRequests((requests) -> {
				if (access.anonymous() == AccessProperties.Anonymous.PUBLIC_READ) {
					requests.anyRequest().permitAll();
				}
				else {
					requests.anyRequest().authenticated();
				}
			});
		return http.build();
	}

	/**
	 * The upload endpoints of partner systems: signed in with a token or HTTP Basic, as
	 * GraphQL is; what each caller may do is decided by the write pipeline.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http, AccessProperties access,
			ObjectProvider<SecurityContextHolderStrategy> contexts, AuthenticationManager signIns) throws Exception {
		statelessWithTokens(http.securityMatcher("/api/**"), access, contexts, signIns)
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
		return http.build();
	}

	/**
	 * No session and no forgery protection (every request signs in), partner tokens or
	 * HTTP Basic, and 401 without a sign-in page when neither is right.
	 */
	private static HttpSecurity statelessWithTokens(HttpSecurity http, AccessProperties access,
			ObjectProvider<SecurityContextHolderStrategy> contexts, AuthenticationManager signIns) throws Exception {
		// The strategy the security filters use (Vaadin contributes its own), so tokens
		// land where the authorisation filter looks.
		SecurityContextHolderStrategy strategy = contexts
			.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		return http.authenticationManager(signIns)
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic((basic) -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.exceptionHandling(
					(errors) -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.addFilterBefore(new ApiTokenFilter(access.tokens(), Clock.systemDefaultZone(), strategy),
					BasicAuthenticationFilter.class);
	}

	@Bean
	@Order(3)
	SecurityFilterChain applicationSecurity(HttpSecurity http, AuthenticationManager signIns) throws Exception {
		// Vaadin guards its own requests against forgery. Coordinators sign in on the
		// explorer's login view (a plain form post); which views need it is decided per
		// view by ExplorerSignIn, since Vaadin's navigation does not pass through URL
		// rules.
		http.authenticationManager(signIns)
			.csrf((csrf) -> csrf.disable())
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/"));
		return http.build();
	}

	@Bean
	UserDetailsService coordinators(AccessProperties access) {
		return new InMemoryUserDetailsManager(access.coordinators()
			.stream()
			.map((c) -> User.withUsername(c.username()).password(c.password()).roles("COORDINATOR").build())
			.toList());
	}

	/**
	 * Coordinators' passwords checked once per few minutes rather than on every request
	 * (see {@link RememberedSignIns}); the explorer's form sign-in and HTTP Basic share
	 * it.
	 */
	@Bean
	AuthenticationManager authenticationManager(UserDetailsService coordinators, PasswordEncoder passwords) {
		DaoAuthenticationProvider check = new DaoAuthenticationProvider(coordinators);
		check.setPasswordEncoder(passwords);
		return new ProviderManager(new RememberedSignIns(check, Duration.ofMinutes(5), Clock.systemUTC()));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
