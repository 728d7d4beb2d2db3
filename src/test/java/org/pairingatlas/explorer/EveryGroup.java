package org.pairingatlas.explorer;

import java.util.ArrayList;
import java.util.List;

import org.pairingatlas.entity.EntityTypes;

/** Every group a node's neighbours can fall in, to open them all as before groups. */
final class EveryGroup {

	private EveryGroup() {
	}

	static List<String> around(String key) {
		List<String> groups = new ArrayList<>();
		EntityTypes.ALL.forEach((type) -> groups.add(key + ":" + type.label()));
		List.of("province", "prefecture", "county", "township", "village")
			.forEach((level) -> groups.add(key + ":Region." + level));
		return groups;
	}

}
