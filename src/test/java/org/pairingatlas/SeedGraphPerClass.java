package org.pairingatlas;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neo4j.driver.Driver;
import org.pairingatlas.base.neo4j.AccessIntent;
import org.neo4j.driver.Session;
import org.pairingatlas.seed.SeedLoader;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Each test class starts from the seed graph, whatever ran before it: every node is
 * removed and the seed applied afresh. Tests within a class share what they write; no
 * class depends on another's, so the suite passes in any order.
 */
public final class SeedGraphPerClass implements BeforeAllCallback {

	// In batches, so that a graph some test filled with a division tree does not make one
	// transaction too large.
	private static final String REMOVE_ALL = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS";

	@Override
	public void beforeAll(ExtensionContext extension) {
		ApplicationContext context = SpringExtension.getApplicationContext(extension);
		// CALL … IN TRANSACTIONS runs in a session's own (auto-commit) transaction, which
		// writes only as a declared writer.
		AccessIntent.writing(() -> {
			try (Session session = context.getBean(Driver.class).session()) {
				session.run(REMOVE_ALL).consume();
			}
		});
		context.getBean(SeedLoader.class).apply();
	}

}
