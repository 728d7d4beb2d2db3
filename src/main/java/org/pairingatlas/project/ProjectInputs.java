package org.pairingatlas.project;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.SourceInput;

/**
 * The inputs of the project mutations. Amounts are exact yuan.
 */
public final class ProjectInputs {

	private ProjectInputs() {
	}

	/**
	 * The funding split of a project; central + local + other must equal total when all
	 * are given.
	 */
	public record FundingInput(@Nullable BigDecimal collaborationFunds, @Nullable BigDecimal matchingFunds,
			@Nullable BigDecimal centralInvestment, @Nullable BigDecimal localInvestment,
			@Nullable BigDecimal otherInvestment, @Nullable BigDecimal totalInvestment) {
	}

	/** A new project; it must cite its source. */
	public record RecordProjectInput(@Nullable String name, @Nullable String programme, @Nullable String category,
			@Nullable String region, @Nullable Integer startYear, @Nullable Integer endYear, @Nullable String status,
			@Nullable String implementer, @Nullable String investor, @Nullable FundingInput funding,
			@Nullable String note, @Nullable SourceInput source) {
	}

	/**
	 * Changes to a project read at {@code expectedVersion}; fields left out stay as they
	 * are.
	 */
	public record UpdateProjectInput(@Nullable String id, int expectedVersion, @Nullable String name,
			@Nullable String category, @Nullable Integer startYear, @Nullable Integer endYear, @Nullable String status,
			@Nullable FundingInput funding, @Nullable String note, @Nullable SourceInput source) {
	}

}
