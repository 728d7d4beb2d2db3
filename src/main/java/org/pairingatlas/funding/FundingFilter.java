package org.pairingatlas.funding;

import org.jspecify.annotations.Nullable;

/**
 * Which projects a funding roll-up adds up; every set field narrows it.
 */
public record FundingFilter(@Nullable String programme, @Nullable String region, @Nullable Integer yearFrom,
		@Nullable Integer yearTo, @Nullable String category, @Nullable String supporter) {

	public static final FundingFilter NONE = new FundingFilter(null, null, null, null, null, null);

}
