package org.pairingatlas.fuzz;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * One mutation to fuzz: how to make a valid input for it, the fields a case may corrupt,
 * corruptions of fields bad only together, and where its answer puts the entity and the
 * errors.
 *
 * @param name the mutation, also its document in {@code graphql-test/}
 * @param entity the payload field holding what was written, e.g. {@code pairing}
 * @param prefix the variable error fields are relative to ({@code input}, or empty)
 * @param fields the fields a case may corrupt
 * @param valid makes a valid input
 * @param together corruptions of fields bad only together
 * @param maker makes the entity the mutation edits, if it edits one
 * @param renewAfterWrite whether an accepted case uses the entity up (an ended pairing)
 * @param touched keys of the nodes a valid input refers to
 */
record MutationSpec(String name, String entity, String prefix, List<Field> fields, Valid valid, List<Together> together,
		@Nullable Function<Fixtures, Fixture.Made> maker, boolean renewAfterWrite, List<String> touched) {

	/** Makes a valid input, drawing from the case's generator so cases differ. */
	interface Valid {

		Base make(RandomGenerator random, Fixture fixture);

	}

	/**
	 * Corrupts fields that are bad only together, e.g. a region paired with its ancestor.
	 */
	interface Together {

		Corruption make(RandomGenerator random, Base base, Fixture fixture);

	}

	/**
	 * A valid input.
	 *
	 * @param variables the request's variables
	 * @param known what its bad values build on
	 * @param marker what an accepted case would use up, if anything (see
	 * {@link Fixture#used()})
	 */
	record Base(Map<String, Object> variables, Known known, @Nullable String marker) {

		static Base of(Map<String, Object> input) {
			return new Base(Map.of("input", input), Known.nothing(), null);
		}

		/** An update of the fixture, which expects the fixture's current version. */
		static Base editing(Map<String, Object> input, Fixture fixture) {
			return new Base(Map.of("input", input), new Known(fixture.version(), ""), null);
		}

	}

}
