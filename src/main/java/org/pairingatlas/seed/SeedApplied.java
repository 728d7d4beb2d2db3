package org.pairingatlas.seed;

/**
 * Published after the seed has been applied, so features that derive data from it (such
 * as the pinyin search terms) can bring it up to date.
 */
public record SeedApplied(SeedReport report) {
}
