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
 * The organisation mutations to fuzz: createOrganisation in 竹溪县, each case with a name of
 * its own (an accepted case must not make the next one a duplicate), and credit codes
 * mistyped in the ways people mistype them; updateOrganisation and endOrganisation of a
 * fixture organisation.
 */
final class OrganisationMutations {

	private static final Set<String> KINDS = Set.of("government", "hospital", "school", "university", "enterprise",
			"park", "research", "other");

	private static final String REGION = "420324";

	private OrganisationMutations() {
	}

	static MutationSpec create() {
		List<Field> fields = new ArrayList<>(
				List.of(Field.of("input", Type.OBJECT, true), Field.of("input.name", Type.NAME, true),
						Field.words("input.kind", true, KINDS), Field.id("input.region", true, "Region"),
						Field.of("input.confirmed", Type.BOOLEAN, false), Field.of("input.note", Type.NOTE, false)));
		fields.addAll(Field.source("input.source", true));
		return new MutationSpec("createOrganisation", "organisation", "input", fields, OrganisationMutations::valid,
				List.of(OrganisationMutations::mistypedCode), null, false, List.of(REGION, Known.DOCUMENT));
	}

	static MutationSpec update() {
		List<Field> fields = new ArrayList<>(List.of(Field.of("input", Type.OBJECT, true),
				Field.id("input.id", true, "Organisation"), Field.of("input.expectedVersion", Type.VERSION, true),
				Field.of("input.name", Type.NAME, false), Field.words("input.kind", false, KINDS),
				Field.of("input.confirmed", Type.BOOLEAN, false), Field.of("input.note", Type.NOTE, false)));
		fields.addAll(Field.source("input.source", false));
		return new MutationSpec("updateOrganisation", "organisation", "input", fields, OrganisationMutations::edit,
				List.of(OrganisationMutations::mistypedCode), Fixtures::organisation, false,
				List.of(REGION, Known.DOCUMENT));
	}

	private static Base edit(RandomGenerator random, Fixture fixture) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("id", fixture.key());
		input.put("expectedVersion", fixture.version());
		input.put("name", "模糊测试医院改名 " + Long.toHexString(random.nextLong()));
		input.put("kind", "school");
		input.put("note", "模糊测试 fuzz edit");
		input.put("source", PairingMutations.source());
		return Base.editing(input, fixture);
	}

	static MutationSpec end() {
		List<Field> fields = new ArrayList<>(List.of(Field.of("input", Type.OBJECT, true),
				Field.id("input.id", true, "Organisation"), Field.of("input.expectedVersion", Type.VERSION, true),
				Field.of("input.endDate", Type.DATE, true)));
		fields.addAll(Field.source("input.source", true));
		return new MutationSpec("endOrganisation", "organisation", "input", fields, OrganisationMutations::ending,
				List.of(), Fixtures::organisation, true, List.of(REGION, Known.DOCUMENT));
	}

	private static Base ending(RandomGenerator random, Fixture fixture) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("id", fixture.key());
		input.put("expectedVersion", fixture.version());
		input.put("endDate", "2025-12-31");
		input.put("source", PairingMutations.source());
		return Base.editing(input, fixture);
	}

	/** A fresh organisation for the update and end loops to edit. */
	static Map<String, Object> fixture(long serial) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("name", "模糊测试固定机构 " + serial);
		input.put("kind", "hospital");
		input.put("region", REGION);
		input.put("source", PairingMutations.source());
		return input;
	}

	private static Base valid(RandomGenerator random, Fixture fixture) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("name", "模糊测试医院 " + Long.toHexString(random.nextLong()));
		input.put("kind", "hospital");
		input.put("region", REGION);
		input.put("note", "模糊测试 fuzz base organisation");
		input.put("source", PairingMutations.source());
		return Base.of(input);
	}

	/**
	 * A credit code with its check character wrong, a letter the codes never use, a
	 * character too few or too many.
	 */
	private static Corruption mistypedCode(RandomGenerator random, Base base, Fixture fixture) {
		String code = BadText.pick(random, "91350100M000100Y44", "91350100M000100I43", "91350100M000100Y4",
				"91350100M000100Y433", "９１３５０１００Ｍ０００１００Ｙ４４");
		return Corruption.together("mistyped-credit-code", Map.of("input.creditCode", code));
	}

}
