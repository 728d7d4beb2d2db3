package org.pairingatlas.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.Resource;

/**
 * The texts of the source documents shipped with the seed, so that every excerpt can be
 * checked to stand in the document it cites. Whitespace is ignored: the documents wrap
 * lines arbitrarily.
 */
final class SourceTexts {

	private final Resource seedLocation;

	private final Map<String, String> normalisedTexts = new ConcurrentHashMap<>();

	SourceTexts(Resource seedLocation) {
		this.seedLocation = seedLocation;
	}

	boolean exists(String file) {
		try {
			return this.seedLocation.createRelative(file).exists();
		}
		catch (IOException ex) {
			return false;
		}
	}

	boolean contains(String file, String excerpt) {
		return text(file).contains(normalise(excerpt));
	}

	private String text(String file) {
		return this.normalisedTexts.computeIfAbsent(file, (name) -> {
			try {
				Resource document = this.seedLocation.createRelative(name);
				return normalise(document.getContentAsString(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				return "";
			}
		});
	}

	static String normalise(String text) {
		return text.replaceAll("\\s+", "");
	}

}
