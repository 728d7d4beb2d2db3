package org.pairingatlas.base.neo4j;

/**
 * Published after the seed has been applied, so features that derive data from it (such
 * as the pinyin search terms) can bring it up to date. It lives here, not with the seed,
 * so that those features need not depend on the seed.
 */
public record SeedApplied() {
}
