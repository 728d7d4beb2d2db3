package org.pairingatlas.base.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

/**
 * The texts of the source documents shipped with the seed, so that every excerpt, the
 * seed's and an edit's alike, can be checked to stand in the document it cites.
 * Whitespace is ignored: the documents wrap lines arbitrarily.
 */
public final class SourceTexts {

	// Plain names below the seed folder: no leading slash, no '.' or '..', no drive,
	// scheme or backslash, so a source cannot point at a file outside the seed.
	private static final Pattern INSIDE = Pattern
		.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

	private final Resource seedLocation;

	private final Map<String, String> normalisedTexts = new ConcurrentHashMap<>();

	public SourceTexts(Resource seedLocation) {
		this.seedLocation = seedLocation;
	}

	public static boolean isInsideSeed(String file) {
		return INSIDE.matcher(file).matches();
	}

	/** Whether the seed holds this file; a folder is not one. */
	public boolean exists(String file) {
		if (!isInsideSeed(file)) {
			return false;
		}
		try {
			return this.seedLocation.createRelative(file).isReadable();
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Whether the excerpt stands in the file's text; never for a file the seed does not
	 * hold.
	 */
	public boolean contains(String file, String excerpt) {
		return text(file).contains(normalise(excerpt));
	}

	/** The file's text as it is, where the seed holds it. */
	public java.util.Optional<String> raw(String file) {
		if (!exists(file)) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional
				.of(this.seedLocation.createRelative(file).getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			return java.util.Optional.empty();
		}
	}

	private String text(String file) {
		return this.normalisedTexts.computeIfAbsent(file, (name) -> {
			if (!exists(name)) {
				return "";
			}
			try {
				Resource document = this.seedLocation.createRelative(name);
				return normalise(document.getContentAsString(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				return "";
			}
		});
	}

	/** A text as excerpts are compared with it: without whitespace. */
	public static String normalise(String text) {
		return text.replaceAll("\\s+", "");
	}

}
