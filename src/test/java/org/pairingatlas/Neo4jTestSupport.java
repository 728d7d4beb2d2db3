package org.pairingatlas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One Neo4j for the whole suite, chosen once: a Testcontainers Neo4j where a Docker
 * engine runs, otherwise the application's own in-process database in a fresh folder. The
 * same tests run either way; none is skipped. Contexts extending this class share one
 * application, seeded on start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class Neo4jTestSupport {

	/**
	 * The Neo4j image used where Docker is available; the same release as the embedded
	 * database.
	 */
	public static final String NEO4J_IMAGE = "neo4j:2026.08.1";

	private static final boolean DOCKER = DockerClientFactory.instance().isDockerAvailable();

	private static Neo4jContainer container;

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		register(registry);
	}

	/** Points the application under test at the suite's Neo4j. */
	public static void register(DynamicPropertyRegistry registry) {
		if (DOCKER) {
			Neo4jContainer neo4j = container();
			registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
			registry.add("spring.neo4j.authentication.username", () -> "neo4j");
			registry.add("spring.neo4j.authentication.password", neo4j::getAdminPassword);
		}
		else {
			Path folder = freshFolder("pairing-atlas-test-neo4j");
			registry.add("pairing-atlas.neo4j.embedded.data-directory", folder::toString);
		}
	}

	/**
	 * Whether this run uses a Docker engine (Testcontainers) rather than the in-process
	 * database.
	 */
	public static boolean usesDocker() {
		return DOCKER;
	}

	/** A started Neo4j container; only called where Docker is available. */
	public static synchronized Neo4jContainer container() {
		if (container == null) {
			container = new Neo4jContainer(NEO4J_IMAGE).withAdminPassword("pairing-atlas-test");
			container.start();
		}
		return container;
	}

	public static Path freshFolder(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
