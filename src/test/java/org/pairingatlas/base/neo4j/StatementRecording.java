package org.pairingatlas.base.neo4j;

import java.util.List;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Records every statement the application sends ({@link RecordingDriver}), for tests that
 * prove what reaches the database. Tests importing it share one application context.
 */
@TestConfiguration
public class StatementRecording {

	/** Under the application's routing, so the recorder sees the routed sessions. */
	@Bean
	static BeanPostProcessor recordingDriver() {
		return new RecordingPostProcessor();
	}

	/** The Cypher of every statement sent since the last call, in order. */
	public static List<String> sentSinceLastAsked() {
		return RecordingDriver.take().stream().map(RecordingDriver.Statement::cypher).toList();
	}

	static final class RecordingPostProcessor implements BeanPostProcessor, Ordered {

		@Override
		public Object postProcessAfterInitialization(Object bean, String name) {
			// Either side of the application's routing, whichever ran first: the recorder
			// sits under it and sees the sessions as routed.
			if (bean instanceof RoutedDriver routed) {
				return new RoutedDriver(RecordingDriver.around(routed.driver));
			}
			return (bean instanceof Driver driver) ? RecordingDriver.around(driver) : bean;
		}

		@Override
		public int getOrder() {
			return LOWEST_PRECEDENCE;
		}

	}

}
