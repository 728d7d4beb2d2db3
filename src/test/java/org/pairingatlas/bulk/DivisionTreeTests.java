package org.pairingatlas.bulk;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the division tree whole or down to a chosen level. */
class DivisionTreeTests {

	private static final Path FIXTURE = Path.of("src/test/resources/divisions");

	@Test
	void read_down_to_counties_stops_above_the_townships_and_keeps_every_parent_first() throws Exception {
		List<DivisionTree.Unit> whole = DivisionTree.read(FIXTURE);
		List<DivisionTree.Unit> counties = DivisionTree.read(FIXTURE, "county");
		assertThat(counties).isNotEmpty()
			.allSatisfy((unit) -> assertThat(unit.level()).isIn("province", "prefecture", "county"));
		assertThat(whole).extracting(DivisionTree.Unit::level).contains("township", "village");
		assertThat(whole).containsAll(counties);
		assertThat(counties).hasSize((int) whole.stream().filter((unit) -> unit.levelRank() <= 2).count());
	}

	@Test
	void an_unknown_level_is_refused_by_name() {
		assertThatThrownBy(() -> DivisionTree.read(FIXTURE, "street")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'street'")
			.hasMessageContaining("village");
	}

}
