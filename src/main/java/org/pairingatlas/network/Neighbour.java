package org.pairingatlas.network;

import org.jspecify.annotations.Nullable;

/**
 * A node one step out from another, with what a picture's level and kind filters need.
 *
 * @param of the node it neighbours
 * @param key its key; null for a node with no neighbour the filter keeps
 * @param type its type (Project, Region, …); null with the key
 * @param level its level, for regions and pairings
 * @param kind its kind, for pairings, organisations and the like
 */
public record Neighbour(String of, @Nullable String key, @Nullable String type, @Nullable String level,
		@Nullable String kind) {
}
