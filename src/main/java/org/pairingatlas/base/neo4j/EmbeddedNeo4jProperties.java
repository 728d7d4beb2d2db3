package org.pairingatlas.base.neo4j;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process Neo4j that runs when no external database is configured.
 *
 * @param dataDirectory where the database keeps its files; they survive restarts
 * @param boltPort the loopback port for Bolt, 0 for any free port
 * @param pageCache memory for the page cache, e.g. {@code 256m}
 * @param transactionTimeout the longest a transaction may run before Neo4j stops it
 */
@ConfigurationProperties("pairing-atlas.neo4j.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("data/neo4j") Path dataDirectory, @DefaultValue("0") int boltPort,
		@DefaultValue("256m") String pageCache, @DefaultValue("30s") Duration transactionTimeout) {
}
