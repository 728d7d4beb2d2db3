package org.pairingatlas.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.fuzz.MutationSpec.Base;

/**
 * One generated case: a valid input with one to three of its fields corrupted (or fields
 * bad only together, or a field the input type does not have).
 *
 * @param base the valid input it started from
 * @param corruption what it changed
 * @param variables the variables it sends
 */
record MutationCase(Base base, Corruption corruption, Map<String, Object> variables) {

	private static final String[] UNKNOWN_FIELDS = { "colour", "supporterName", "dryRun", "version", "key", "createdBy",
			"Level", "source_document", "startdate", "__typename" };

	static MutationCase generate(MutationSpec spec, RandomGenerator random, Fixture fixture) {
		Base base = spec.valid().make(random, fixture);
		Corruption corruption = corruption(spec, random, base, fixture);
		Map<String, Object> variables = Json.copy(base.variables());
		corruption.values().forEach((path, bad) -> Paths.put(variables, path, bad.value()));
		return new MutationCase(base, corruption, variables);
	}

	private static Corruption corruption(MutationSpec spec, RandomGenerator random, Base base, Fixture fixture) {
		int roll = random.nextInt(100);
		if (roll < 10 && !spec.together().isEmpty()) {
			return spec.together().get(random.nextInt(spec.together().size())).make(random, base, fixture);
		}
		if (roll < 14) {
			return unknownField(spec, random);
		}
		int count = (roll < 80) ? 1 : (roll < 94) ? 2 : 3;
		Corruption corruption = single(spec, random, base, null);
		for (int i = 1; i < count; i++) {
			corruption = corruption.and(single(spec, random, base, corruption));
		}
		return corruption;
	}

	/** One more field's bad value, of a field apart from those already corrupted. */
	private static Corruption single(MutationSpec spec, RandomGenerator random, Base base,
			@Nullable Corruption already) {
		List<Field> free = spec.fields()
			.stream()
			.filter((field) -> already == null || !already.overlaps(field.path()))
			.toList();
		if (free.isEmpty()) {
			return new Corruption(Map.of(), Set.of());
		}
		Field field = free.get(random.nextInt(free.size()));
		Object current = Paths.get(base.variables(), field.path());
		return Corruption.of(field.path(), BadValues.forField(field, random, current, base.known()));
	}

	/** A field the input type does not have, inside one of its objects. */
	private static Corruption unknownField(MutationSpec spec, RandomGenerator random) {
		List<Field> objects = spec.fields().stream().filter((f) -> f.type() == Field.Type.OBJECT).toList();
		Field object = objects.get(random.nextInt(objects.size()));
		String path = object.path() + "." + BadText.pick(random, UNKNOWN_FIELDS);
		Object value = random.nextBoolean() ? "x" : 1;
		return Corruption.of(path, BadValue.of("unknown-field", value));
	}

}
