package org.pairingatlas.base.neo4j;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Reads as reads, writes as writes, and one set of bookmarks: the driver opens sessions
 * in read mode unless writing is meant ({@link RoutedDriver}), the transaction manager
 * opens a write transaction's session as a writer, and the client and the transaction
 * manager share one bookmark manager, so that what one writes the other reads.
 */
@Configuration(proxyBeanMethods = false)
class AccessRoutingConfiguration {

	@Bean
	static BeanPostProcessor routedDriver() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof Driver driver && !(bean instanceof RoutedDriver)) ? new RoutedDriver(driver)
						: bean;
			}
		};
	}

	@Bean
	Neo4jBookmarkManager neo4jBookmarkManager() {
		return Neo4jBookmarkManager.create();
	}

	@Bean
	PlatformTransactionManager transactionManager(Driver driver, DatabaseSelectionProvider databases,
			Neo4jBookmarkManager bookmarks) {
		return new WriteIntentTransactionManager(Neo4jTransactionManager.with(driver)
			.withDatabaseSelectionProvider(databases)
			.withBookmarkManager(bookmarks)
			.build());
	}

}
