package org.pairingatlas.seed;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the seed comes from and when it is applied.
 *
 * @param location the folder holding {@code schema/}, {@code data/} and
 * {@code documents/}: the copy packaged with the application by default, or e.g.
 * {@code file:graph-seed/}
 * @param onStart {@code if-empty} seeds a database that holds no seed yet, or only part
 * of one (a seed cut short by a crash), {@code never} leaves it alone
 * @param retryInterval how long to wait before trying again when Neo4j cannot be reached
 * at start
 */
@ConfigurationProperties("pairing-atlas.seed")
public record SeedProperties(@DefaultValue("classpath:graph-seed/") String location,
		@DefaultValue("if-empty") OnStart onStart, @DefaultValue("5s") Duration retryInterval) {

	/** What to do with the seed when the application starts. */
	public enum OnStart {

		IF_EMPTY, NEVER

	}

}
