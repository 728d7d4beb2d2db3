package org.pairingatlas.trusted;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The check that holds a {@code registered-only} token to its documents. */
@Configuration(proxyBeanMethods = false)
class TrustedDocumentsConfiguration {

	@Bean
	FilterRegistrationBean<RegisteredOnly> registeredOnly(TrustedDocuments documents,
			ObjectProvider<SecurityContextHolderStrategy> contexts) {
		// The strategy the token filter keeps the sign-in in.
		FilterRegistrationBean<RegisteredOnly> registration = new FilterRegistrationBean<>(new RegisteredOnly(documents,
				contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)));
		// After the security filters, which tell whose token it is.
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		registration.addUrlPatterns("/graphql", "/graphql/*");
		return registration;
	}

}
