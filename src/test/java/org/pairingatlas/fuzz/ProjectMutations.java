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
 * The project mutations to fuzz: recordProject in a Yichang district, and updateProject
 * of a project made for the loop.
 */
final class ProjectMutations {

	static final Set<String> CATEGORIES = Set.of("water-quality", "public-service", "industry", "poverty-alleviation",
			"agriculture", "tourism-road", "social", "eco-environment", "human-resources", "other", "infrastructure",
			"culture-tourism", "education", "health");

	static final Set<String> STATUSES = Set.of("planned", "under-way", "completed", "operating");

	private static final List<String> FUNDS = List.of("collaborationFunds", "matchingFunds", "centralInvestment",
			"localInvestment", "otherInvestment", "totalInvestment");

	private static final List<String> TOUCHED = List.of("420503", "420104", "org-shiyan-government-office",
			Known.PROGRAMME, Known.DOCUMENT);

	private ProjectMutations() {
	}

	/** A valid new project whose central, local and other investment make its total. */
	static Map<String, Object> valid() {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("name", "模糊测试项目 fuzz project");
		input.put("programme", Known.PROGRAMME);
		input.put("category", "infrastructure");
		input.put("region", "420503");
		input.put("startYear", 2022);
		input.put("endYear", 2023);
		input.put("status", "planned");
		input.put("implementer", "org-shiyan-government-office");
		input.put("investor", "420104");
		input.put("funding", new LinkedHashMap<>(Map.of("collaborationFunds", "100.00", "matchingFunds", "50",
				"centralInvestment", "10", "localInvestment", "20", "otherInvestment", "30", "totalInvestment", "60")));
		input.put("note", "模糊测试 fuzz base project");
		input.put("source", PairingMutations.source());
		return input;
	}

	private static List<Field> common(List<Field> first) {
		List<Field> fields = new ArrayList<>(first);
		fields.addAll(
				List.of(Field.words("input.category", false, CATEGORIES), Field.of("input.startYear", Type.YEAR, false),
						Field.of("input.endYear", Type.YEAR, false), Field.words("input.status", false, STATUSES),
						Field.of("input.funding", Type.OBJECT, false), Field.of("input.note", Type.NOTE, false)));
		FUNDS.forEach((fund) -> fields.add(Field.of("input.funding." + fund, Type.MONEY, false)));
		return fields;
	}

	static MutationSpec record() {
		List<Field> fields = common(List.of(Field.of("input", Type.OBJECT, true),
				Field.of("input.name", Type.NAME, true), Field.id("input.programme", true, "Programme"),
				Field.id("input.region", true, "Region"), Field.id("input.implementer", false, "Organisation"),
				Field.id("input.investor", false, "Organisation", "Region")));
		fields.addAll(Field.source("input.source", true));
		return new MutationSpec("recordProject", "project", "input", fields, (random, fixture) -> Base.of(valid()),
				List.of(ProjectMutations::endBeforeStart), null, false, TOUCHED);
	}

	private static Corruption endBeforeStart(RandomGenerator random, Base base, Fixture fixture) {
		return Corruption.together("end-before-start", Map.of("input.endYear", 1950 + random.nextInt(72)));
	}

	static MutationSpec update() {
		List<Field> fields = common(List.of(Field.of("input", Type.OBJECT, true), Field.id("input.id", true, "Project"),
				Field.of("input.expectedVersion", Type.VERSION, true), Field.of("input.name", Type.NAME, false)));
		fields.addAll(Field.source("input.source", false));
		return new MutationSpec("updateProject", "project", "input", fields, ProjectMutations::edit,
				List.of(ProjectMutations::endBeforeStart, ProjectMutations::startAfterEnd), Fixtures::project, false,
				TOUCHED);
	}

	private static Base edit(RandomGenerator random, Fixture fixture) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("id", fixture.key());
		input.put("expectedVersion", fixture.version());
		input.put("name", "模糊测试项目 fuzz project renamed");
		input.put("category", "education");
		input.put("startYear", 2022);
		input.put("endYear", 2023);
		input.put("status", "completed");
		input.put("funding", new LinkedHashMap<>(Map.of("collaborationFunds", "12.50")));
		input.put("note", "模糊测试 fuzz edit");
		input.put("source", PairingMutations.source());
		return Base.editing(input, fixture);
	}

	/**
	 * A first year after the stored last year (2023); the error is about the last year.
	 */
	private static Corruption startAfterEnd(RandomGenerator random, Base base, Fixture fixture) {
		Map<String, Object> years = new LinkedHashMap<>();
		years.put("input.startYear", 2024 + random.nextInt(50));
		years.put("input.endYear", Json.MISSING);
		return Corruption.together("end-before-start", years);
	}

}
