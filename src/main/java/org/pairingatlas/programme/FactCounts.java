package org.pairingatlas.programme;

/**
 * A programme's counts of the facts under it, all read by one query: its pairings by
 * level, projects, targets, reported figures and discrepancies. GraphQL answers
 * {@code ProgrammeCounts} from it and counts the organisations, which cost several times
 * as much, only when a query asks for them.
 *
 * @param programme the programme's key
 */
record FactCounts(String programme, int pairings, int countyPairings, int townshipPairings, int institutionPairings,
		int unconfirmedPairings, int projects, int reportedFigures, int targets, int discrepancies) {

	ProgrammeCounts with(int organisations) {
		return new ProgrammeCounts(this.pairings, this.countyPairings, this.townshipPairings, this.institutionPairings,
				this.unconfirmedPairings, this.projects, organisations, this.reportedFigures, this.targets,
				this.discrepancies);
	}

}
