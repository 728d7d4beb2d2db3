package org.pairingatlas.export;

import java.util.regex.Pattern;

/**
 * The labels and relationship types a restore puts into Cypher. Cypher takes them as part
 * of the statement, not as parameters, so only names made of letters, digits and
 * underscores get in, and each goes in backtick-quoted.
 */
final class CypherNames {

	/** What a name may be, as messages say it. */
	static final String RULE = "letters, digits and _, not starting with a digit";

	private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

	private CypherNames() {
	}

	static boolean isName(String text) {
		return NAME.matcher(text).matches();
	}

	/** The name quoted for Cypher; anything that is not a name is refused. */
	static String quoted(String name) {
		if (!isName(name)) {
			throw new IllegalArgumentException("'" + name + "' is not a name (" + RULE + ")");
		}
		return "`" + name + "`";
	}

}
