package org.pairingatlas.base.neo4j;

import java.nio.file.Path;

/**
 * Work on the embedded database's folder that must happen before the database opens it,
 * such as writing a new store with Neo4j's offline importer. Runs only when the database
 * is the embedded one.
 */
@FunctionalInterface
public interface EmbeddedStorePreparation {

	/**
	 * Prepares the folder the embedded database is about to open.
	 * @param dataDirectory the database's home folder, as configured
	 */
	void prepare(Path dataDirectory);

}
