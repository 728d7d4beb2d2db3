package org.pairingatlas.bulk;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scale generator: reproducible from its seed, shaped like the programmes, and marked
 * synthetic throughout.
 */
class SyntheticNetworkTests {

	static final SyntheticNetwork.Places PLACES = new SyntheticNetwork.Places(
			List.of(new SyntheticNetwork.Region("110101", "东城区"), new SyntheticNetwork.Region("110102", "西城区")),
			List.of(new SyntheticNetwork.Region("500101", "万州区"), new SyntheticNetwork.Region("610124", "周至县"),
					new SyntheticNetwork.Region("610330", "凤县")),
			Map.of("110101", List.of("110101001", "110101002"), "110102", List.of("110102001"), "500101",
					List.of("500101001")),
			Map.of("500101001", List.of("500101001001", "500101001002")));

	@Test
	void the_same_seed_and_size_give_the_same_network_and_another_seed_another() {
		var once = SyntheticNetwork.generate(7, 3, PLACES);
		var again = SyntheticNetwork.generate(7, 3, PLACES);
		var other = SyntheticNetwork.generate(8, 3, PLACES);
		assertThat(again.byKind()).isEqualTo(once.byKind());
		assertThat(other.byKind()).isNotEqualTo(once.byKind());
	}

	@Test
	void networks_of_other_seeds_or_sizes_share_no_key_so_they_can_sit_side_by_side() {
		var keys = keys(SyntheticNetwork.generate(7, 3, PLACES));
		assertThat(keys).doesNotContainAnyElementsOf(keys(SyntheticNetwork.generate(8, 3, PLACES)))
			.doesNotContainAnyElementsOf(keys(SyntheticNetwork.generate(7, 2, PLACES)));
	}

	private static List<Object> keys(SyntheticNetwork.Rows rows) {
		return rows.byKind().values().stream().flatMap(List::stream).map((row) -> row.get("key")).toList();
	}

	@Test
	void each_county_pair_has_institutions_township_relatives_and_yearly_projects_and_transfers() {
		var rows = SyntheticNetwork.generate(7, 3, PLACES).byKind();
		assertThat(rows.get("pairings")).filteredOn((p) -> p.get("level").equals("county")).hasSize(3);
		assertThat(rows.get("pairings")).filteredOn((p) -> p.get("level").equals("institution")).hasSize(6);
		// 万州区 is the one recipient with townships here.
		assertThat(rows.get("pairings")).filteredOn((p) -> p.get("level").equals("township")).isNotEmpty();
		assertThat(rows.get("organisations")).hasSize(12)
			.allSatisfy((o) -> assertThat((String) o.get("name")).startsWith("【合成】"));
		assertThat(rows.get("projects")).allSatisfy((p) -> {
			assertThat((String) p.get("name")).startsWith("【合成】");
			assertThat((Long) p.get("collaborationFundsFen")).isPositive();
		});
		assertThat(rows.get("transfers")).isNotEmpty();
	}

	@Test
	void a_size_beyond_the_western_counties_is_refused_naming_both_numbers() {
		assertThatThrownBy(() -> SyntheticNetwork.generate(7, 4, PLACES)).hasMessageContaining("needs 4")
			.hasMessageContaining("has 3");
	}

}
