package org.pairingatlas.base.neo4j;

import java.util.Set;

import org.neo4j.driver.NotificationClassification;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Asks Neo4j not to send "unrecognized" notifications (a label or relationship type the
 * database does not hold yet). The network's statements name every relationship type a
 * filter follows, and a graph without targets has no {@code AGAINST}: each call came back
 * with that warning, which Spring Data Neo4j formatted (5 % of a request thread's time on
 * a depth-2 neighbourhood at national size) and then dropped, as its logger for them was
 * set to errors only. With none sent, that logger setting is gone too.
 */
@Configuration(proxyBeanMethods = false)
class DriverNotificationsConfiguration {

	@Bean
	ConfigBuilderCustomizer noUnrecognizedNotifications() {
		return (builder) -> builder
			.withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
	}

}
