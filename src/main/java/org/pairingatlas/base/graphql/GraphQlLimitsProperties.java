package org.pairingatlas.base.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits every GraphQL request must stay within; a request past one is refused with an
 * error naming the limit.
 *
 * @param maxDepth deepest nesting of fields
 * @param maxComplexity largest cost: each field costs 1, a list multiplies what it holds
 * by its page size ({@code first}, {@code limit}) or by 10 when it has none
 * @param maxAliases most aliased fields in one document (alias floods)
 * @param maxRequestBytes largest request body
 * @param timeout longest a request may run; Neo4j stops transactions running longer too
 */
@ConfigurationProperties("pairing-atlas.graphql.limits")
public record GraphQlLimitsProperties(@DefaultValue("12") int maxDepth, @DefaultValue("20000") int maxComplexity,
		@DefaultValue("30") int maxAliases, @DefaultValue("65536") int maxRequestBytes,
		@DefaultValue("10s") Duration timeout) {
}
