package org.pairingatlas.programme;

/**
 * What the graph holds for one programme.
 */
public record ProgrammeCounts(int pairings, int countyPairings, int townshipPairings, int institutionPairings,
		int unconfirmedPairings, int projects, int organisations, int reportedFigures, int targets, int discrepancies) {
}
