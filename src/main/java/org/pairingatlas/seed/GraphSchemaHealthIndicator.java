package org.pairingatlas.seed;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Ready only once the graph's schema is up to date (and the seed applied where it was
 * due); part of the readiness probe, so a load balancer sends no traffic before.
 */
@Component
class GraphSchemaHealthIndicator implements HealthIndicator {

	private final GraphPreparation preparation;

	GraphSchemaHealthIndicator(GraphPreparation preparation) {
		this.preparation = preparation;
	}

	@Override
	public Health health() {
		if (this.preparation.prepared()) {
			return Health.up().build();
		}
		String waiting = this.preparation.waitingFor();
		return Health.down().withDetail("waitingFor", (waiting != null) ? waiting : "the schema migrations").build();
	}

}
