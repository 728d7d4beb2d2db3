package org.pairingatlas.source.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A document's text cut into the stretches that cited excerpts quote and the rest, so a
 * page can mark them. An excerpt is found as the checks find it: whitespace aside, since
 * documents wrap lines where excerpts do not.
 */
final class ExcerptMarks {

	/** A stretch of the text, quoted by some excerpt or not. */
	record Stretch(String text, boolean quoted) {
	}

	private ExcerptMarks() {
	}

	static List<Stretch> of(String text, Collection<String> excerpts) {
		// The text without whitespace, and where each of its characters stands in the
		// text.
		StringBuilder compact = new StringBuilder();
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < text.length(); i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				compact.append(text.charAt(i));
				positions.add(i);
			}
		}
		boolean[] quoted = new boolean[text.length()];
		for (String excerpt : excerpts) {
			String wanted = excerpt.replaceAll("\\s+", "");
			if (wanted.isEmpty()) {
				continue;
			}
			for (int at = compact.indexOf(wanted); at >= 0; at = compact.indexOf(wanted, at + 1)) {
				int from = positions.get(at);
				int to = positions.get(at + wanted.length() - 1);
				for (int i = from; i <= to; i++) {
					quoted[i] = true;
				}
			}
		}
		List<Stretch> stretches = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= text.length(); i++) {
			if (i == text.length() || quoted[i] != quoted[start]) {
				stretches.add(new Stretch(text.substring(start, i), quoted[start]));
				start = i;
			}
		}
		return stretches;
	}

}
