package org.pairingatlas.network;

/**
 * One pairing of a story (see {@link NetworkQuery#storyOf}): who supports whom, by key.
 *
 * @param pairing the pairing's key
 * @param supporter the supporting party's key
 * @param recipient the supported party's key
 */
public record StoryLine(String pairing, String supporter, String recipient) {
}
