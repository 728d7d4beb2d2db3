package org.pairingatlas.fact;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a fact not yet written would stand, for judging a writer's remit before writing
 * it (an import's preview): its programme and its places.
 *
 * @param programme the programme's key, or null for an organisation or a region
 * @param places the keys of the regions or organisations it stands in or between
 */
public record Remit(@Nullable String programme, List<String> places) {
}
