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
 * The fact mutations to fuzz: recordFundTransfer and recordExchange from a Wuhan district
 * to a Yichang district, recordMeasurement against two of the 山川协作 targets (one in money,
 * one a count), and attachSource to a Yichang district.
 */
final class FactMutations {

	private static final List<String> PARTIES = List.of("Region", "Organisation");

	/** Targets of hubei-shanchuan, with their units: one in money, one a count. */
	private static final Map<String, String> TARGETS = Map.of("tgt-d003-aid-per-supporter", "wan",
			"tgt-d003-projects-per-year", "count");

	private static final List<String> TOUCHED = List.of("420104", "420503", Known.PROGRAMME, Known.DOCUMENT,
			"tgt-d003-aid-per-supporter", "tgt-d003-projects-per-year");

	private FactMutations() {
	}

	private static List<Field> with(List<Field> first) {
		List<Field> fields = new ArrayList<>(first);
		fields.add(Field.of("input.note", Type.NOTE, false));
		fields.addAll(Field.source("input.source", true));
		return fields;
	}

	private static Field party(String path, boolean required) {
		return Field.id(path, required, PARTIES.toArray(String[]::new));
	}

	static MutationSpec transfer() {
		List<Field> fields = with(List.of(Field.of("input", Type.OBJECT, true),
				Field.id("input.programme", true, "Programme"), Field.of("input.step", Type.STEP, false),
				party("input.from", true), party("input.to", true), Field.of("input.amount", Type.MONEY, false),
				Field.of("input.yearStart", Type.YEAR, false), Field.of("input.yearEnd", Type.YEAR, false),
				Field.words("input.recurrence", false, Set.of("yearly", "once")),
				Field.id("input.project", false, "Project")));
		return new MutationSpec("recordFundTransfer", "fundTransfer", "input", fields,
				(random, fixture) -> Base.of(transferInput()),
				List.of(FactMutations::sameSides, (random, base, fixture) -> Corruption.together("end-before-start",
						Map.of("input.yearEnd", 1950 + random.nextInt(72)))),
				null, false, TOUCHED);
	}

	private static Map<String, Object> transferInput() {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("programme", Known.PROGRAMME);
		input.put("step", 1);
		input.put("from", "420104");
		input.put("to", "420503");
		input.put("amount", "500000.00");
		input.put("yearStart", 2022);
		input.put("yearEnd", 2023);
		input.put("recurrence", "yearly");
		input.put("note", "模糊测试 fuzz base transfer");
		input.put("source", PairingMutations.source());
		return input;
	}

	/** The same side sending and receiving. */
	private static Corruption sameSides(RandomGenerator random, Base base, Fixture fixture) {
		String side = BadText.pick(random, "420104", "420503", "org-shiyan-government-office");
		return Corruption.together("same-side-both-ends", Map.of("input.from", side, "input.to", side));
	}

	static MutationSpec measurement() {
		List<Field> fields = with(List.of(Field.of("input", Type.OBJECT, true),
				Field.id("input.target", true, "Target"), Field.of("input.value", Type.MEASURE, true),
				Field.of("input.unit", Type.UNIT, false), Field.of("input.asOf", Type.DATE, true)));
		return new MutationSpec("recordMeasurement", "target", "input", fields, FactMutations::measurementInput,
				List.of((random, base, fixture) -> Corruption.together("negative-measurement",
						Map.of("input.value", BadText.pick(random, "-1", "-120", "-0.5")))),
				null, false, TOUCHED);
	}

	private static Base measurementInput(RandomGenerator random, Fixture fixture) {
		String target = random.nextBoolean() ? "tgt-d003-aid-per-supporter" : "tgt-d003-projects-per-year";
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("target", target);
		input.put("value", "120");
		input.put("unit", TARGETS.get(target));
		input.put("asOf", "2022-06");
		input.put("note", "模糊测试 fuzz base measurement");
		input.put("source", PairingMutations.source());
		return new Base(Map.of("input", input), new Known(0, TARGETS.get(target)), null);
	}

	static MutationSpec exchange() {
		List<Field> fields = with(List.of(Field.of("input", Type.OBJECT, true),
				Field.id("input.programme", true, "Programme"),
				Field.words("input.kind", true,
						Set.of("secondment", "training", "expert-visit", "leader-visit", "joint-meeting", "study")),
				party("input.from", false), party("input.to", false),
				Field.words("input.direction", false, Set.of("to-recipient", "to-supporter", "both")),
				Field.of("input.count", Type.COUNT, true),
				Field.words("input.unit", true, Set.of("person", "person-times", "visit")),
				Field.of("input.periodStart", Type.DATE, false), Field.of("input.periodEnd", Type.DATE, false)));
		return new MutationSpec("recordExchange", "exchange", "input", fields,
				(random, fixture) -> Base.of(exchangeInput()),
				List.of(FactMutations::sameSides,
						(random, base, fixture) -> Corruption.together("end-before-start",
								Map.of("input.periodEnd", BadText.pick(random, "2021", "2021-12", "1999-06-01")))),
				null, false, TOUCHED);
	}

	private static Map<String, Object> exchangeInput() {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("programme", Known.PROGRAMME);
		input.put("kind", "secondment");
		input.put("from", "420104");
		input.put("to", "420503");
		input.put("direction", "to-recipient");
		input.put("count", "3");
		input.put("unit", "person");
		input.put("periodStart", "2022");
		input.put("periodEnd", "2023");
		input.put("note", "模糊测试 fuzz base exchange");
		input.put("source", PairingMutations.source());
		return input;
	}

	static MutationSpec attachSource() {
		List<Field> fields = new ArrayList<>(List.of(Field.id("id", true, "Programme", "Region", "Organisation",
				"Pairing", "Project", "ReportedFigure", "Target", "Measurement", "FundTransfer", "Exchange")));
		fields.addAll(Field.source("source", true));
		return new MutationSpec("attachSource", "node", "", fields,
				(random, fixture) -> new Base(Map.of("id", "420503", "source", PairingMutations.source()),
						Known.nothing(), null),
				List.of(), null, false, TOUCHED);
	}

}
