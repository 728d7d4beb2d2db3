package org.pairingatlas.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One edit: who, when, what was done to which entity, and its properties before and after
 * (as JSON), and the import it was part of, if any.
 */
public record AuditEntry(String key, OffsetDateTime at, String actor, String action, String entityKey,
		String entityType, List<String> changed, @Nullable String before, @Nullable String after,
		@Nullable String via) {
}
