package org.pairingatlas.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pairingatlas.PairingAtlasApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read statement the application keeps applies the one visibility rule: a statement
 * (a constant holding a whole query) that reads facts which may be unconfirmed must carry
 * {@link Visibility#rule(String...)}, or stand in the list below with the reason it need
 * not. A read query added without the rule fails this test.
 */
class VisibilityRuleTests {

	/** Packages that serve no caller: start-up, bulk loading and export jobs. */
	private static final List<String> SYSTEM_PACKAGES = List.of("org.pairingatlas.seed.", "org.pairingatlas.bulk.",
			"org.pairingatlas.export.", "org.pairingatlas.base.neo4j.");

	/** Statements that read facts without the rule, and why that is safe. */
	private static final String EDIT_PATH = "run inside the FactWriter once the writer is authorised as an editor,"
			+ " and editors see every fact";

	private static final Map<String, String> EXEMPT = Map.ofEntries(Map.entry("PairingEdits.RELATED", EDIT_PATH),
			Map.entry("PairingEdits.ACTIVE_SAME",
					EDIT_PATH + "; an import's preview asks it too, which only editors run"),
			Map.entry("PairingEdits.PARTIES_OF", EDIT_PATH),
			Map.entry("ProjectEdits.SAME_PROJECT", "asked by an import's preview, which only editors run"),
			Map.entry("TransferEdits.SAME_TRANSFER", "asked by an import's preview, which only editors run"),
			Map.entry("Exchanges.SAME_EXCHANGE", "asked by an import's preview, which only editors run"),
			Map.entry("MeasurementEdits.SAME_MEASUREMENT", "asked by an import's preview, which only editors run"),
			Map.entry("GraphEdits.LEANED_ON", EDIT_PATH),
			Map.entry("ImportStore.VERSIONS", "reads the versions of the facts a commit has just written, inside it"),
			Map.entry("MeasurementEdits.TARGET_UNIT", EDIT_PATH), Map.entry("WritePermissions.SCOPE", EDIT_PATH),
			Map.entry("WritePermissions.IN_REGIONS", "judges an editor's remit over places an import names"),
			Map.entry("OrganisationEdits.SAME_NAME", EDIT_PATH), Map.entry("OrganisationEdits.SAME_CODE", EDIT_PATH),
			Map.entry("OrganisationEdits.REGION_OF", EDIT_PATH),
			Map.entry("DocumentSearch.FIND",
					"finds documents, which carry no confirmation: every reader may see every source"),
			Map.entry("SearchTerms.STALE",
					"finds names whose search terms are out of date when the application starts; no caller sees it"));

	private static final Pattern READS = Pattern.compile("\\bMATCH\\b|db\\.index\\.fulltext");

	private static final Pattern WRITES = Pattern.compile("\\b(CREATE|MERGE|SET|DELETE|REMOVE)\\b");

	private static final Pattern FACTS = Pattern
		.compile(":(Pairing|Project|Organisation|FundTransfer|Exchange|Measurement|Target|ReportedFigure|Discrepancy"
				+ "|Participation|Entity|AuditEntry)\\b|db\\.index\\.fulltext");

	@Test
	void every_read_statement_over_facts_applies_the_visibility_rule() throws Exception {
		List<String> missing = new ArrayList<>();
		for (Class<?> type : applicationClasses()) {
			for (Field field : type.getDeclaredFields()) {
				String name = type.getSimpleName() + "." + field.getName();
				String statement = statement(field);
				if (statement != null && READS.matcher(statement).find() && statement.contains("RETURN")
						&& !WRITES.matcher(statement).find() && FACTS.matcher(statement).find()
						&& !statement.contains("$" + Visibility.PARAMETER) && !EXEMPT.containsKey(name)) {
					missing.add(name);
				}
			}
		}
		assertThat(missing).as("read statements without the visibility rule").isEmpty();
	}

	@Test
	void the_rule_lets_through_what_a_caller_may_see() {
		assertThat(Visibility.rule("p", "s"))
			.isEqualTo("($all OR (coalesce(p.confirmed, true) AND coalesce(s.confirmed, true)))");
	}

	private static String statement(Field field) throws IllegalAccessException {
		if (field.getType() != String.class || !Modifier.isStatic(field.getModifiers())
				|| !Modifier.isFinal(field.getModifiers())) {
			return null;
		}
		field.setAccessible(true);
		return (String) field.get(null);
	}

	private static List<Class<?>> applicationClasses() throws URISyntaxException, IOException {
		Path root = Path.of(PairingAtlasApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		List<Class<?>> classes = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".class")).toList()) {
				String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
				if (SYSTEM_PACKAGES.stream().noneMatch(name::startsWith)) {
					classes.add(load(name));
				}
			}
		}
		return classes;
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name, false, VisibilityRuleTests.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new UncheckedIOException(new IOException(ex));
		}
	}

}
