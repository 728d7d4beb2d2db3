package org.pairingatlas.organisation;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.SourceInput;

/**
 * What coordinators send to record, change and end organisations.
 */
public final class OrganisationInputs {

	private OrganisationInputs() {
	}

	/** A new organisation in a region; it must cite its source. */
	public record CreateOrganisationInput(@Nullable String name, @Nullable String nameEn, @Nullable String kind,
			@Nullable String region, @Nullable String creditCode, @Nullable Boolean confirmed, @Nullable String note,
			@Nullable SourceInput source) {
	}

	/**
	 * Changes to an organisation read at {@code expectedVersion}; fields left out stay as
	 * they are.
	 */
	public record UpdateOrganisationInput(@Nullable String id, int expectedVersion, @Nullable String name,
			@Nullable String nameEn, @Nullable String kind, @Nullable String creditCode, @Nullable Boolean confirmed,
			@Nullable String note, @Nullable SourceInput source) {
	}

	/** The end of an organisation (closed, merged, renamed away); it cites its source. */
	public record EndOrganisationInput(@Nullable String id, int expectedVersion, @Nullable String endDate,
			@Nullable SourceInput source) {
	}

}
