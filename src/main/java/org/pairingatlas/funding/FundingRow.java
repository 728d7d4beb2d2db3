package org.pairingatlas.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * One group of a funding roll-up: the group's keys (those not grouped by are null) and
 * its sums in exact yuan.
 */
public record FundingRow(@Nullable String programmeKey, @Nullable Integer year, @Nullable String category,
		@Nullable String regionKey, @Nullable String supporterKey, int projects, BigDecimal collaborationFunds,
		BigDecimal matchingFunds, BigDecimal centralInvestment, BigDecimal localInvestment, BigDecimal otherInvestment,
		BigDecimal totalInvestment) {

	/** The row of a group with no projects. */
	public static FundingRow empty() {
		return new FundingRow(null, null, null, null, null, 0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
				BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
				BigDecimal.ZERO.setScale(2));
	}

	/** This row and another added up, without their group keys. */
	public FundingRow plus(FundingRow other) {
		return new FundingRow(null, null, null, null, null, this.projects + other.projects,
				this.collaborationFunds.add(other.collaborationFunds), this.matchingFunds.add(other.matchingFunds),
				this.centralInvestment.add(other.centralInvestment), this.localInvestment.add(other.localInvestment),
				this.otherInvestment.add(other.otherInvestment), this.totalInvestment.add(other.totalInvestment));
	}

	/**
	 * Matching funds raised per yuan of collaboration funds; null without collaboration
	 * funds.
	 */
	public @Nullable BigDecimal leverage() {
		if (this.collaborationFunds.signum() == 0) {
			return null;
		}
		return this.matchingFunds.divide(this.collaborationFunds, 4, RoundingMode.HALF_EVEN);
	}

}
