package org.pairingatlas.project;

import org.jspecify.annotations.Nullable;

/**
 * Which projects to list; every set field narrows the list. The year range keeps projects
 * whose years overlap it.
 */
public record ProjectFilter(@Nullable String programme, @Nullable String category, @Nullable String region,
		@Nullable Integer yearFrom, @Nullable Integer yearTo, @Nullable String status, @Nullable String investor) {

	public static final ProjectFilter NONE = new ProjectFilter(null, null, null, null, null, null, null);

}
