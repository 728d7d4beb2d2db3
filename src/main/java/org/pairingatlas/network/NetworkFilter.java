package org.pairingatlas.network;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What parts of the network to follow.
 *
 * @param types entity types to include (the start and end nodes are always included);
 * empty means all but sources
 * @param programmes only facts of these programmes (regions and organisations always
 * pass)
 * @param asOf the network as of this date: pairings and projects active then
 * @param hierarchy whether to follow the region hierarchy and where organisations sit
 * @param unconfirmed whether to include facts the sources only suggest
 */
public record NetworkFilter(@Nullable List<String> types, @Nullable List<String> programmes, @Nullable String asOf,
		@Nullable Boolean hierarchy, @Nullable Boolean unconfirmed) {

	public static final NetworkFilter NONE = new NetworkFilter(null, null, null, null, null);

}
