package org.pairingatlas.base.neo4j;

import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.observation.micrometer.ConnectionPoolMetricsHandler;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Neo4j driver's connection pool as metrics ({@code db_client_connection_*} in
 * Prometheus: connections idle and in use, pending requests, time to acquire). Spring
 * Boot already hands the driver an observation provider; this handler turns the pool's
 * observations into gauges and timers.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jMetricsConfiguration {

	@Bean
	ConnectionPoolMetricsHandler neo4jConnectionPoolMetrics(MeterRegistry registry) {
		return new ConnectionPoolMetricsHandler(registry);
	}

}
