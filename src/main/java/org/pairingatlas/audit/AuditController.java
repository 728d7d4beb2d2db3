package org.pairingatlas.audit;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.Connection;
import org.pairingatlas.base.graphql.InvalidInputException;
import org.pairingatlas.base.graphql.Page;
import org.pairingatlas.security.Actors;
import org.pairingatlas.security.Visibility;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL access to the audit log.
 */
@Controller
class AuditController {

	private static final String INSTANT = "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?";

	private final AuditLog audit;

	private final Actors actors;

	private final Visibility visibility;

	AuditController(AuditLog audit, Actors actors, Visibility visibility) {
		this.audit = audit;
		this.actors = actors;
		this.visibility = visibility;
	}

	@QueryMapping
	Connection<AuditEntry> auditLog(@Argument @Nullable String entity, @Argument @Nullable String actor,
			@Argument @Nullable String since, @Argument @Nullable String until, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		if (!this.actors.mayReadAudit()) {
			throw new AccessDeniedException("the audit log is for signed-in coordinators and partner systems");
		}
		check("since", since);
		check("until", until);
		return this.audit.find(entity, actor, since, until, this.visibility.unconfirmed(),
				Page.of(first, after, null, null));
	}

	private static void check(String field, @Nullable String instant) {
		if (instant != null && !instant.matches(INSTANT)) {
			throw new InvalidInputException(field, instant,
					"must be a date or date-time such as 2026-11-14 or 2026-11-14T08:00:00Z");
		}
	}

}
