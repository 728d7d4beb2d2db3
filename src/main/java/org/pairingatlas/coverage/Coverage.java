package org.pairingatlas.coverage;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.figure.ReportedFigure;
import org.pairingatlas.region.Region;

/**
 * How far pairings cover the units of a region at one level.
 *
 * @param region the region looked at
 * @param level the level of its units counted (e.g. township)
 * @param kind the kind of pairing counted, or all
 * @param programme the programme counted, or all
 * @param units how many units of that level the region has
 * @param paired the units known to be paired, with their pairings' keys
 * @param unpaired the units not known to be paired
 * @param reported figures the documents report for such pairings (often larger than what
 * is enumerated)
 */
public record Coverage(Region region, String level, @Nullable String kind, @Nullable String programme, int units,
		List<CoveredUnit> paired, List<Region> unpaired, List<ReportedFigure> reported) {

	public int pairedCount() {
		return this.paired.size();
	}

	public int unpairedCount() {
		return this.unpaired.size();
	}

	/** Paired units as a share of all units, 0 when there are none. */
	public double ratio() {
		return (this.units == 0) ? 0 : (double) this.paired.size() / this.units;
	}

	/** A unit and the keys of the pairings that cover it. */
	public record CoveredUnit(Region region, List<String> pairingKeys) {
	}

}
