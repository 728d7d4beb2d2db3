package org.pairingatlas.fuzz;

import java.util.List;
import java.util.stream.Stream;

/** The mutations fuzzed, each with a valid input and the fields a case may corrupt. */
final class Mutations {

	static final List<MutationSpec> ALL = List.of(PairingMutations.create(), PairingMutations.update(),
			PairingMutations.end(), ProjectMutations.record(), ProjectMutations.update(), FactMutations.transfer(),
			FactMutations.measurement(), FactMutations.exchange(), FactMutations.attachSource(),
			OrganisationMutations.create(), OrganisationMutations.update(), OrganisationMutations.end());

	private Mutations() {
	}

	/** The mutations' names, for a parameterized test. */
	static Stream<String> names() {
		return ALL.stream().map(MutationSpec::name);
	}

	static MutationSpec named(String name) {
		return ALL.stream()
			.filter((spec) -> spec.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no mutation " + name));
	}

}
