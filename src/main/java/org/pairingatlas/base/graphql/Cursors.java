package org.pairingatlas.base.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque cursors: a position in a stably sorted list, base64-encoded so clients treat it
 * as a token.
 */
public final class Cursors {

	private static final String PREFIX = "o:";

	private Cursors() {
	}

	public static String encode(long offset) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
	}

	/** The position a cursor points at; refuses anything this API did not hand out. */
	public static long decode(String field, String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (!text.startsWith(PREFIX)) {
				throw new InvalidInputException(field, cursor, "is not a cursor of this API");
			}
			long offset = Long.parseLong(text.substring(PREFIX.length()));
			if (offset < 0) {
				throw new InvalidInputException(field, cursor, "is not a cursor of this API");
			}
			return offset;
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, cursor, "is not a cursor of this API");
		}
	}

}
