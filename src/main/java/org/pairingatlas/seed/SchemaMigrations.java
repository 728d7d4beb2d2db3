package org.pairingatlas.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.pairingatlas.base.neo4j.AccessIntent;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the versioned schema scripts
 * {@code graph-seed/schema/V<nnnn>__<Description>.cypher} in order, each once, following
 * the neo4j-migrations convention: an applied script is recorded with its checksum and
 * must never change afterwards.
 */
final class SchemaMigrations {

	private static final Log log = LogFactory.getLog(SchemaMigrations.class);

	private static final Pattern NAME = Pattern.compile("V(\\d{4})__([A-Za-z0-9_]+)\\.cypher");

	private static final String APPLIED = """
			MATCH (m:SchemaMigration {version: $version}) RETURN m.checksum AS checksum
			""";

	private static final String RECORD = """
			MERGE (m:SchemaMigration {version: $version})
			SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
			""";

	private static final String BUILDING = """
			SHOW INDEXES YIELD name, state, populationPercent, failureMessage
			WHERE state <> 'ONLINE'
			RETURN name, state, populationPercent, failureMessage AS failure
			""";

	private static final Duration INDEX_BUILD_LIMIT = Duration.ofHours(1);

	private final Driver driver;

	SchemaMigrations(Driver driver) {
		this.driver = driver;
	}

	/** Applies what is not applied yet and returns how many scripts that was. */
	int apply(Resource seedLocation) {
		// Schema statements and their records run in the session's own transactions, so
		// the session is opened as a writer's.
		return AccessIntent.writing(() -> applyAll(seedLocation));
	}

	private int applyAll(Resource seedLocation) {
		int applied = 0;
		try (Session session = this.driver.session()) {
			for (Resource script : scripts(seedLocation)) {
				applied += applyOne(session, script) ? 1 : 0;
			}
			if (applied > 0) {
				awaitIndexes(session);
			}
		}
		return applied;
	}

	/**
	 * Waits until every index is online. New indexes fill in the background, and queries
	 * must not run against half-built ones. Over a national store (700,000 nodes) that
	 * takes longer than one transaction may run, so the wait is a series of short ones,
	 * with the progress logged.
	 */
	private static void awaitIndexes(Session session) {
		long started = System.nanoTime();
		long lastLogged = started;
		while (true) {
			List<Record> building = session.run(BUILDING).list();
			if (building.isEmpty()) {
				return;
			}
			for (Record index : building) {
				if (index.get("state").asString().equals("FAILED")) {
					throw new SeedException(index.get("name").asString(),
							"the index failed to build: " + index.get("failure").asString(""));
				}
			}
			long now = System.nanoTime();
			if (Duration.ofNanos(now - started).compareTo(INDEX_BUILD_LIMIT) > 0) {
				throw new SeedException(building.get(0).get("name").asString(),
						"the index is still being built after " + INDEX_BUILD_LIMIT.toMinutes() + " minutes");
			}
			if (Duration.ofNanos(now - lastLogged).toSeconds() >= 10) {
				log.info("Building indexes: " + building.stream()
					.map((index) -> "%s %.0f %%".formatted(index.get("name").asString(),
							index.get("populationPercent").asDouble()))
					.collect(Collectors.joining(", ")));
				lastLogged = now;
			}
			try {
				session.run("CALL db.awaitIndexes(5)").consume();
			}
			catch (ClientException ex) {
				// Not online within 5 s: ask again.
			}
		}
	}

	private boolean applyOne(Session session, Resource script) {
		Matcher name = NAME.matcher(String.valueOf(script.getFilename()));
		if (!name.matches()) {
			throw new SeedException(String.valueOf(script.getFilename()),
					"a schema script is named V<nnnn>__<Description>.cypher");
		}
		String text = content(script);
		String checksum = sha256(text);
		var applied = session.run(APPLIED, Map.of("version", name.group(1))).list();
		if (!applied.isEmpty()) {
			if (!applied.get(0).get("checksum").asString().equals(checksum)) {
				throw new SeedException(script.getFilename(),
						"was changed after it was applied; add a new script instead of editing a released one");
			}
			return false;
		}
		for (String statement : statements(text)) {
			runSchemaStatement(session, statement);
		}
		session
			.run(RECORD,
					Map.of("version", name.group(1), "description", name.group(2).replace('_', ' '), "checksum",
							checksum))
			.consume();
		log.info("Applied schema migration " + script.getFilename());
		return true;
	}

	// Two instances starting against one fresh database (a cluster's application servers,
	// or one retrying while another starts) create the same index at the same moment, and
	// the later one is told it already exists: which is what it wanted.
	private static void runSchemaStatement(Session session, String statement) {
		try {
			session.run(statement).consume();
		}
		catch (ClientException ex) {
			String code = ex.code();
			if (code == null || !code.startsWith("Neo.ClientError.Schema.") || !code.endsWith("AlreadyExists")) {
				throw ex;
			}
			log.info("Another instance created the same schema rule first: " + ex.getMessage());
		}
	}

	static List<String> statements(String script) {
		String withoutComments = script.lines()
			.filter((line) -> !line.strip().startsWith("//"))
			.reduce("", (a, b) -> a + "\n" + b);
		return Arrays.stream(withoutComments.split(";\\s*(\\n|$)"))
			.map(String::strip)
			.filter((s) -> !s.isEmpty())
			.toList();
	}

	private static List<Resource> scripts(Resource seedLocation) {
		try {
			String pattern = seedLocation.getURL().toString() + "schema/V*__*.cypher";
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(pattern);
			return Arrays.stream(found).sorted(Comparator.comparing((r) -> String.valueOf(r.getFilename()))).toList();
		}
		catch (IOException ex) {
			throw new SeedException(seedLocation.getDescription(),
					"schema scripts cannot be listed: " + ex.getMessage());
		}
	}

	private static String content(Resource script) {
		try {
			return script.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new SeedException(String.valueOf(script.getFilename()), "cannot be read: " + ex.getMessage());
		}
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
