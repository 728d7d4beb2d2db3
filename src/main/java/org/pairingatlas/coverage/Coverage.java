package org.pairingatlas.coverage;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.figure.ReportedFigure;
import org.pairingatlas.region.Region;

/**
 * How far pairings cover the units of a region at one level. It is either listed, with
 * every unit, or only counted, when the question asks for no unit.
 *
 * @param region the region looked at
 * @param level the level of its units counted (e.g. township)
 * @param kind the kind of pairing counted, or all
 * @param programme the programme counted, or all
 * @param units how many units of that level the region has
 * @param pairedCount how many of them are known to be paired
 * @param paired the units known to be paired, with their pairings' keys; null when only
 * counted
 * @param unpaired the units not known to be paired; null when only counted
 * @param reported figures the documents report for such pairings (often larger than what
 * is enumerated)
 */
public record Coverage(Region region, String level, @Nullable String kind, @Nullable String programme, int units,
		int pairedCount, @Nullable List<CoveredUnit> paired, @Nullable List<Region> unpaired,
		List<ReportedFigure> reported) {

	public Coverage {
		if ((paired == null) != (unpaired == null)) {
			throw new IllegalArgumentException("A coverage lists both its paired and its unpaired units, or neither");
		}
		if (paired != null && (pairedCount != paired.size() || units != paired.size() + unpaired.size())) {
			throw new IllegalArgumentException("A listed coverage's counts are those of its lists");
		}
		if (pairedCount < 0 || pairedCount > units) {
			throw new IllegalArgumentException("pairedCount must be between 0 and units");
		}
	}

	static Coverage listed(Region region, String level, @Nullable String kind, @Nullable String programme,
			List<CoveredUnit> paired, List<Region> unpaired, List<ReportedFigure> reported) {
		return new Coverage(region, level, kind, programme, paired.size() + unpaired.size(), paired.size(), paired,
				unpaired, reported);
	}

	static Coverage counted(Region region, String level, @Nullable String kind, @Nullable String programme, int units,
			int pairedCount, List<ReportedFigure> reported) {
		return new Coverage(region, level, kind, programme, units, pairedCount, null, null, reported);
	}

	/** The paired units; only a listed coverage has them. */
	@Override
	public List<CoveredUnit> paired() {
		return listedOrFail(this.paired);
	}

	/** The units not known to be paired; only a listed coverage has them. */
	@Override
	public List<Region> unpaired() {
		return listedOrFail(this.unpaired);
	}

	public int unpairedCount() {
		return this.units - this.pairedCount;
	}

	/** Paired units as a share of all units, 0 when there are none. */
	public double ratio() {
		return (this.units == 0) ? 0 : (double) this.pairedCount / this.units;
	}

	private static <T> List<T> listedOrFail(@Nullable List<T> units) {
		if (units == null) {
			throw new IllegalStateException("This coverage was counted, not listed: ask for it with its units");
		}
		return units;
	}

	/** A unit and the keys of the pairings that cover it. */
	public record CoveredUnit(Region region, List<String> pairingKeys) {
	}

}
