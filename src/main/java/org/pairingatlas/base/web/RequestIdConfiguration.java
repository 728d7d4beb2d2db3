package org.pairingatlas.base.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class RequestIdConfiguration {

	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIds() {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
		// First of all filters, so even a request refused for its size or its token has
		// an id.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
