package org.pairingatlas.search;

/**
 * One result of a text search: the entity, how well it matched and on what.
 *
 * @param node the region, organisation, programme, project or document found
 * @param score higher is better; exact name matches rank first
 * @param matched {@code name}, {@code pinyin} or {@code initials}
 */
public record SearchHit(Object node, double score, String matched) {
}
