package org.pairingatlas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One Neo4j for the whole suite, chosen once: a Testcontainers Neo4j where a Docker
 * engine runs, otherwise the application's own in-process database in a fresh folder. The
 * same tests run either way; none is skipped. Contexts extending this class share one
 * application; each test class starts from the seed graph ({@link SeedGraphPerClass}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(SeedGraphPerClass.class)
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
		// The dev-mode toolbar would cover what the browser tests click.
		registry.add("vaadin.devmode.devTools.enabled", () -> "false");
		registerAccess(registry);
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

	/** A partner system's token with the read scope. */
	public static final String READ_TOKEN = "partner-read-token-for-tests";

	public static final String EXPIRED_TOKEN = "expired-token-for-tests";

	public static final String REVOKED_TOKEN = "revoked-token-for-tests";

	/** A token that may also see facts the sources only suggest. */
	public static final String UNCONFIRMED_TOKEN = "researcher-token-for-tests";

	/**
	 * A partner that registers its GraphQL documents and is held to them (scopes
	 * register-documents and registered-only).
	 */
	public static final String DOCUMENTS_TOKEN = "hubei-platform-token-for-tests";

	/** Another partner that registers documents but may also send queries. */
	public static final String OTHER_DOCUMENTS_TOKEN = "henan-platform-token-for-tests";

	/** A coordinator of every programme, everywhere. */
	public static final String COORDINATOR = "chief-coordinator";

	/** A coordinator of the Beijing–Hubei programme in Shiyan only. */
	public static final String SHIYAN_COORDINATOR = "shiyan-coordinator";

	/** A coordinator of the Wenzhou programme in Wenzhou only. */
	public static final String WENZHOU_COORDINATOR = "wenzhou-coordinator";

	public static final String PASSWORD = "test-password";

	/**
	 * The sign-in the suite's application accepts: anonymous access stays off, as by
	 * default.
	 */
	static void registerAccess(DynamicPropertyRegistry registry) {
		String prefix = "pairing-atlas.security.";
		token(registry, 0, "partner", READ_TOKEN, "read", null, false);
		token(registry, 1, "expired", EXPIRED_TOKEN, "read", "2020-01-01", false);
		token(registry, 2, "revoked", REVOKED_TOKEN, "read", null, true);
		token(registry, 3, "researcher", UNCONFIRMED_TOKEN, "read,read:unconfirmed", null, false);
		token(registry, 4, "hubei-platform", DOCUMENTS_TOKEN, "read,register-documents,registered-only", null, false);
		token(registry, 5, "henan-platform", OTHER_DOCUMENTS_TOKEN, "read,register-documents", null, false);
		registry.add(prefix + "coordinators[0].username", () -> COORDINATOR);
		registry.add(prefix + "coordinators[0].password", () -> "{noop}" + PASSWORD);
		registry.add(prefix + "coordinators[1].username", () -> SHIYAN_COORDINATOR);
		registry.add(prefix + "coordinators[1].password", () -> "{noop}" + PASSWORD);
		registry.add(prefix + "coordinators[1].programmes", () -> "jing-e");
		registry.add(prefix + "coordinators[1].regions", () -> "420300");
		registry.add(prefix + "coordinators[2].username", () -> WENZHOU_COORDINATOR);
		registry.add(prefix + "coordinators[2].password", () -> "{noop}" + PASSWORD);
		registry.add(prefix + "coordinators[2].programmes", () -> "wenzhou-shanhai");
		registry.add(prefix + "coordinators[2].regions", () -> "330300");
	}

	private static void token(DynamicPropertyRegistry registry, int index, String name, String token, String scopes,
			String expires, boolean revoked) {
		String prefix = "pairing-atlas.security.tokens[" + index + "].";
		registry.add(prefix + "name", () -> name);
		registry.add(prefix + "sha256", () -> sha256(token));
		registry.add(prefix + "scopes", () -> scopes);
		if (expires != null) {
			registry.add(prefix + "expires", () -> expires);
		}
		registry.add(prefix + "revoked", () -> revoked);
	}

	/** The Authorization header of a partner's token. */
	public static String bearer(String token) {
		return "Bearer " + token;
	}

	/** The Authorization header of a coordinator signing in with HTTP Basic. */
	public static String basic(String coordinator) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((coordinator + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	public static String sha256(String text) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
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
