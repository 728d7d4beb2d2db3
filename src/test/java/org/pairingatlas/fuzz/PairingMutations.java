package org.pairingatlas.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.pairingatlas.fuzz.Field.Type;
import org.pairingatlas.fuzz.MutationSpec.Base;

/**
 * The pairing mutations to fuzz: createPairing between a Wuhan district and a Yichang
 * district, updatePairing and endPairing of a pairing made for the loop.
 */
final class PairingMutations {

	static final String START = "2021-06";

	static final Set<String> LEVELS = Set.of("county", "township", "institution");

	static final Set<String> KINDS = Set.of("district-county", "relatives", "hand-in-hand", "park-co-building",
			"enclave", "support");

	static final Set<String> STATUSES = Set.of("active", "ended", "planned");

	private static final List<List<String>> PAIRS = Fixtures.pairs(List.of("420104", "420105", "420107"),
			List.of("420502", "420503", "420504", "420505", "420506"));

	private static final List<String> TOUCHED = List.of("420104", "420105", "420107", "420502", "420503", "420504",
			"420505", "420506", Known.PROGRAMME, Known.DOCUMENT);

	private PairingMutations() {
	}

	static Map<String, Object> valid(String supporter, String recipient) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("programme", Known.PROGRAMME);
		input.put("level", "county");
		input.put("kind", "district-county");
		input.put("supporter", supporter);
		input.put("recipient", recipient);
		input.put("startDate", START);
		input.put("status", "active");
		input.put("confirmed", true);
		input.put("note", "模糊测试 fuzz base pairing");
		input.put("source", source());
		return input;
	}

	static Map<String, Object> source() {
		return new LinkedHashMap<>(Map.of("document", Known.DOCUMENT, "excerpt", Known.EXCERPT));
	}

	static MutationSpec create() {
		List<Field> fields = new ArrayList<>(List.of(Field.of("input", Type.OBJECT, true),
				Field.id("input.programme", true, "Programme"), Field.words("input.level", true, LEVELS),
				Field.words("input.kind", true, KINDS), Field.id("input.supporter", true, "Region", "Organisation"),
				Field.id("input.recipient", true, "Region", "Organisation"),
				Field.of("input.startDate", Type.DATE, false), Field.of("input.endDate", Type.DATE, false),
				Field.words("input.status", false, STATUSES), Field.of("input.confirmed", Type.BOOLEAN, false),
				Field.of("input.note", Type.NOTE, false)));
		fields.addAll(Field.source("input.source", true));
		return new MutationSpec("createPairing", "pairing", "input", fields, PairingMutations::newPairing,
				List.of(PairingMutations::self, PairingMutations::ancestor, PairingMutations::duplicate,
						(random, base, fixture) -> endBeforeStart(random)),
				Fixtures::pairing, false, TOUCHED);
	}

	private static Base newPairing(RandomGenerator random, Fixture fixture) {
		List<List<String>> free = PAIRS.stream().filter((p) -> !fixture.used().contains(marker(p))).toList();
		if (free.isEmpty()) {
			throw new IllegalStateException("accepted cases have used every supporter and recipient of the loop");
		}
		List<String> pair = free.get(random.nextInt(free.size()));
		return new Base(Map.of("input", valid(pair.get(0), pair.get(1))), Known.nothing(), marker(pair));
	}

	private static String marker(List<String> pair) {
		return pair.get(0) + ">" + pair.get(1);
	}

	private static Corruption self(RandomGenerator random, Base base, Fixture fixture) {
		Object side = Paths.get(base.variables(), random.nextBoolean() ? "input.supporter" : "input.recipient");
		return Corruption.together("self-pairing", Map.of("input.supporter", side, "input.recipient", side));
	}

	/**
	 * A region paired with a region above it, or an organisation with the region it is
	 * in.
	 */
	private static Corruption ancestor(RandomGenerator random, Base base, Fixture fixture) {
		Object supporter = Paths.get(base.variables(), "input.supporter");
		Object recipient = Paths.get(base.variables(), "input.recipient");
		Map<String, Object> sides = switch (random.nextInt(4)) {
			case 0 -> Map.of("input.supporter", "420500", "input.recipient", recipient);
			case 1 -> Map.of("input.supporter", "420000", "input.recipient", recipient);
			case 2 -> Map.of("input.supporter", supporter, "input.recipient", "420100");
			default -> Map.of("input.supporter", "org-shiyan-government-office", "input.recipient", "420300");
		};
		return Corruption.together("ancestor-pairing", sides);
	}

	private static Corruption duplicate(RandomGenerator random, Base base, Fixture fixture) {
		return Corruption.together("duplicate-pairing",
				Map.of("input.supporter", fixture.fact("supporter"), "input.recipient", fixture.fact("recipient")));
	}

	/** An end before the start of {@value #START}. */
	private static Corruption endBeforeStart(RandomGenerator random) {
		return Corruption.together("end-before-start",
				Map.of("input.endDate", BadText.pick(random, "2020", "2021-05", "2021-05-31", "1999-01-01")));
	}

	static MutationSpec update() {
		List<Field> fields = new ArrayList<>(List.of(Field.of("input", Type.OBJECT, true),
				Field.id("input.id", true, "Pairing"), Field.of("input.expectedVersion", Type.VERSION, true),
				Field.words("input.level", false, LEVELS), Field.words("input.kind", false, KINDS),
				Field.words("input.status", false, STATUSES), Field.of("input.startDate", Type.DATE, false),
				Field.of("input.endDate", Type.DATE, false), Field.of("input.confirmed", Type.BOOLEAN, false),
				Field.of("input.note", Type.NOTE, false)));
		fields.addAll(Field.source("input.source", false));
		return new MutationSpec("updatePairing", "pairing", "input", fields, PairingMutations::edit,
				List.of((random, base, fixture) -> endBeforeStart(random)), Fixtures::pairing, false, TOUCHED);
	}

	private static Base edit(RandomGenerator random, Fixture fixture) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("id", fixture.key());
		input.put("expectedVersion", fixture.version());
		input.put("level", "county");
		input.put("kind", "district-county");
		input.put("status", "active");
		input.put("startDate", START);
		input.put("confirmed", true);
		input.put("note", "模糊测试 fuzz edit");
		input.put("source", source());
		return Base.editing(input, fixture);
	}

	static MutationSpec end() {
		List<Field> fields = new ArrayList<>(List.of(Field.of("input", Type.OBJECT, true),
				Field.id("input.id", true, "Pairing"), Field.of("input.expectedVersion", Type.VERSION, true),
				Field.of("input.endDate", Type.DATE, true)));
		fields.addAll(Field.source("input.source", true));
		return new MutationSpec("endPairing", "pairing", "input", fields, PairingMutations::ending,
				List.of((random, base, fixture) -> endBeforeStart(random)), Fixtures::pairing, true, TOUCHED);
	}

	private static Base ending(RandomGenerator random, Fixture fixture) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("id", fixture.key());
		input.put("expectedVersion", fixture.version());
		input.put("endDate", "2025-12-31");
		input.put("source", source());
		return Base.editing(input, fixture);
	}

}
