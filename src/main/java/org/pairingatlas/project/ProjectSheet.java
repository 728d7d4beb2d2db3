package org.pairingatlas.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.Checks;
import org.pairingatlas.base.edit.SourceInput;
import org.pairingatlas.base.ui.Language;
import org.pairingatlas.base.ui.Translations;
import org.pairingatlas.fact.Remit;
import org.pairingatlas.sheet.Cells;
import org.pairingatlas.sheet.Outcome;
import org.pairingatlas.sheet.PartyNames;
import org.pairingatlas.sheet.ProgrammeWords;
import org.pairingatlas.sheet.Reason;
import org.pairingatlas.sheet.RowPlan;
import org.pairingatlas.sheet.RowReads;
import org.pairingatlas.sheet.RowReason;
import org.pairingatlas.sheet.RowValues;
import org.pairingatlas.sheet.SheetColumn;
import org.pairingatlas.sheet.SheetKind;
import org.pairingatlas.sheet.Word;

import org.springframework.stereotype.Component;

/**
 * Projects with their funding kept in a sheet: one row a project in its region under its
 * programme, amounts in yuan, 万元 or 亿元, checked by the rules of {@code recordProject} (a
 * total that is not the sum of its parts is refused) and written through it; a row naming
 * a project the region already has under the programme is unchanged, or changes it where
 * its cells differ.
 */
@Component
class ProjectSheet implements SheetKind {

	/** The amount columns, each with the property it is kept in (in fen). */
	private static final Map<String, String> AMOUNTS = Map.of("collaborationFunds", "collaborationFundsFen",
			"matchingFunds", "matchingFundsFen", "centralInvestment", "centralInvestmentFen", "localInvestment",
			"localInvestmentFen", "otherInvestment", "otherInvestmentFen", "totalInvestment", "totalInvestmentFen");

	private final ProjectEdits edits;

	private final PartyNames names;

	private final ProgrammeWords programmes;

	ProjectSheet(ProjectEdits edits, PartyNames names, ProgrammeWords programmes) {
		this.edits = edits;
		this.names = names;
		this.programmes = programmes;
	}

	@Override
	public String id() {
		return "projects";
	}

	@Override
	public List<SheetColumn> columns() {
		String amountHelp = "元，或写“万元”“亿元”，如 3750万元。Yuan, or with 万元 or 亿元.";
		return List.of(
				new SheetColumn("name", "项目名称", "Project", List.of("项目", "名称"), true, List.of(), "写全称。The full name.",
						"房县沙沟河综合治理项目"),
				new SheetColumn("programme", "协作计划", "Programme", List.of("计划"), true, this.programmes.all(),
						"填写协作计划的名称。", "南水北调中线京鄂对口协作"),
				new SheetColumn("region", "所在地区", "Region", List.of("地区", "项目地点", "所在县区"), true, List.of(),
						"可连同上级写出。May be written with its parents.", "十堰市房县"),
				new SheetColumn("category", "类别", "Category", List.of("项目类别", "领域"), false,
						words(ProjectEdits.CATEGORIES, "category."), "从可选词中选。", "水质保护"),
				new SheetColumn("status", "状态", "Status", List.of("项目状态", "进度"), false,
						words(ProjectEdits.STATUSES, "status."), "从可选词中选。", "已完成"),
				new SheetColumn("startYear", "开工年份", "Start year", List.of("开始年份", "开工时间", "年度"), false, List.of(),
						"如 2021。", ""),
				new SheetColumn("endYear", "完工年份", "End year", List.of("完成年份", "竣工时间"), false, List.of(), "如 2022。",
						""),
				new SheetColumn("implementer", "实施单位", "Implementer", List.of("承建单位", "实施主体"), false, List.of(),
						"机构全称（须已在图谱中）。An organisation the graph holds.", ""),
				new SheetColumn("collaborationFunds", "协作资金", "Collaboration funds", List.of("对口协作资金", "援助资金"), false,
						List.of(), amountHelp, "3750万元"),
				new SheetColumn("matchingFunds", "配套资金", "Matching funds", List.of("地方配套资金"), false, List.of(),
						amountHelp, ""),
				new SheetColumn("centralInvestment", "中央投资", "Central investment", List.of("中央资金"), false, List.of(),
						amountHelp, ""),
				new SheetColumn("localInvestment", "地方投资", "Local investment", List.of("地方资金"), false, List.of(),
						amountHelp, ""),
				new SheetColumn("otherInvestment", "其他投资", "Other investment", List.of("社会投资", "其他资金"), false,
						List.of(), amountHelp, ""),
				new SheetColumn("totalInvestment", "总投资", "Total investment", List.of("项目总投资", "投资总额"), false,
						List.of(), amountHelp, ""),
				new SheetColumn("note", "备注", "Note", List.of("说明"), false, List.of(), "可空。Optional.", ""));
	}

	private static List<Word> words(Set<String> values, String prefix) {
		return values.stream()
			.sorted()
			.map((v) -> Word.of(v, Translations.wordOr(prefix + v, v, Language.CHINESE),
					Translations.wordOr(prefix + v, v, Language.ENGLISH)))
			.toList();
	}

	@Override
	public List<RowPlan> plan(List<RowValues> rows, Actor actor) {
		List<SheetColumn> columns = columns();
		List<Word> programmes = columns.get(1).words();
		Set<PartyNames.Named> named = new LinkedHashSet<>();
		rows.forEach((row) -> {
			if (row.get("region") != null) {
				named.add(new PartyNames.Named(row.get("region"), null));
			}
			if (row.get("implementer") != null) {
				named.add(new PartyNames.Named(row.get("implementer"), row.get("region")));
			}
		});
		Map<PartyNames.Named, PartyNames.Found> found = this.names.resolve(named);
		Map<Integer, RowPlan> plans = new HashMap<>();
		List<Draft> drafts = new ArrayList<>();
		Map<String, Integer> firstRow = new HashMap<>();
		for (RowValues row : rows) {
			List<RowReason> reasons = new ArrayList<>();
			String programme = RowReads.read(reasons, "programme", Cells.word(row.get("programme"), programmes), true);
			String category = RowReads.read(reasons, "category",
					Cells.word(row.get("category"), columns.get(3).words()), false);
			String status = RowReads.read(reasons, "status", Cells.word(row.get("status"), columns.get(4).words()),
					false);
			Integer start = RowReads.read(reasons, "startYear", Cells.year(row.get("startYear")), false);
			Integer end = RowReads.read(reasons, "endYear", Cells.year(row.get("endYear")), false);
			Map<String, BigDecimal> amounts = new HashMap<>();
			AMOUNTS.keySet().forEach((field) -> {
				BigDecimal amount = RowReads.read(reasons, field, Cells.yuan(row.get(field)), false);
				if (amount != null) {
					amounts.put(field, amount);
				}
			});
			PartyNames.Candidate region = RowReads.party(reasons, "region", row.get("region"), null, found, false);
			PartyNames.Candidate implementer = (row.get("implementer") != null)
					? RowReads.party(reasons, "implementer", row.get("implementer"), row.get("region"), found, true)
					: null;
			if (row.get("name") == null) {
				reasons.add(new RowReason("name", Reason.of("sheet.refusal.required")));
			}
			String summary = Objects.requireNonNullElse(row.get("name"), "?")
					+ ((region != null) ? "（" + region.name() + "）" : "");
			if (!reasons.isEmpty()) {
				plans.put(row.number(), RowPlan.refused(row.number(), reasons, summary));
				continue;
			}
			ProjectInputs.FundingInput funding = amounts.isEmpty() ? null
					: new ProjectInputs.FundingInput(amounts.get("collaborationFunds"), amounts.get("matchingFunds"),
							amounts.get("centralInvestment"), amounts.get("localInvestment"),
							amounts.get("otherInvestment"), amounts.get("totalInvestment"));
			ProjectInputs.RecordProjectInput input = new ProjectInputs.RecordProjectInput(row.get("name"), programme,
					category, region.key(), start, end, status, (implementer != null) ? implementer.key() : null, null,
					funding, row.get("note"), null);
			Checks checks = new Checks();
			this.edits.describe(checks, input);
			checks.errors().forEach((error) -> reasons.add(RowReads.broken(error)));
			Integer first = firstRow.putIfAbsent(programme + "|" + region.key() + "|" + input.name(), row.number());
			if (first != null) {
				reasons.add(new RowReason("name", Reason.of("sheet.refusal.sameProjectRow", first)));
			}
			if (!reasons.isEmpty()) {
				plans.put(row.number(), RowPlan.refused(row.number(), reasons, summary));
				continue;
			}
			drafts.add(new Draft(row, input, summary));
		}
		return RowReads.planned(rows, plans, drafts, this::checkAgainstGraph);
	}

	private List<RowPlan> checkAgainstGraph(List<Draft> drafts) {
		List<Map<String, @Nullable Object>> rows = new ArrayList<>();
		for (Draft draft : drafts) {
			Map<String, @Nullable Object> row = new HashMap<>();
			row.put("index", draft.row().number());
			row.put("programme", draft.input().programme());
			row.put("region", draft.input().region());
			row.put("name", draft.input().name());
			rows.add(row);
		}
		Map<Integer, Map<String, Object>> existing = this.edits.sameProjects(rows);
		List<RowPlan> plans = new ArrayList<>();
		for (Draft draft : drafts) {
			Map<String, Object> stored = existing.get(draft.row().number());
			plans.add((stored == null)
					? new RowPlan(draft.row().number(), Outcome.NEW, List.of(), draft.summary(), null, draft.input())
						.standing(new Remit(draft.input().programme(), List.of(draft.input().region())))
					: compared(draft, stored));
		}
		return plans;
	}

	private RowPlan compared(Draft draft, Map<String, Object> stored) {
		ProjectInputs.RecordProjectInput input = draft.input();
		Map<String, @Nullable Object> wanted = new HashMap<>();
		wanted.put("category", input.category());
		wanted.put("status", input.status());
		wanted.put("startYear", (input.startYear() != null) ? input.startYear().longValue() : null);
		wanted.put("endYear", (input.endYear() != null) ? input.endYear().longValue() : null);
		wanted.put("note", input.note());
		ProjectInputs.FundingInput funding = input.funding();
		if (funding != null) {
			wanted.put("collaborationFundsFen", fen(funding.collaborationFunds()));
			wanted.put("matchingFundsFen", fen(funding.matchingFunds()));
			wanted.put("centralInvestmentFen", fen(funding.centralInvestment()));
			wanted.put("localInvestmentFen", fen(funding.localInvestment()));
			wanted.put("otherInvestmentFen", fen(funding.otherInvestment()));
			wanted.put("totalInvestmentFen", fen(funding.totalInvestment()));
		}
		Map<String, @Nullable Object> restore = new HashMap<>();
		wanted.forEach((field, value) -> {
			Object before = stored.get(field);
			if (value != null
					&& !Objects.equals(value, (before instanceof Number n) ? (Object) n.longValue() : before)) {
				restore.put(field, before);
			}
		});
		String key = (String) stored.get("key");
		if (restore.isEmpty()) {
			return new RowPlan(draft.row().number(), Outcome.UNCHANGED, List.of(), draft.summary(), key, null);
		}
		int version = ((Number) stored.getOrDefault("version", 0)).intValue();
		boolean fundingChanged = restore.keySet().stream().anyMatch((field) -> field.endsWith("Fen"));
		ProjectInputs.UpdateProjectInput update = new ProjectInputs.UpdateProjectInput(key, version, null,
				restore.containsKey("category") ? input.category() : null,
				restore.containsKey("startYear") ? input.startYear() : null,
				restore.containsKey("endYear") ? input.endYear() : null,
				restore.containsKey("status") ? input.status() : null, fundingChanged ? funding : null,
				restore.containsKey("note") ? input.note() : null, null);
		return new RowPlan(draft.row().number(), Outcome.CHANGED, List.of(), draft.summary(), key,
				new Change(update, restore))
			.standing(new Remit(input.programme(), List.of(input.region())));
	}

	@Override
	public Written write(RowPlan plan, SourceInput source, Actor actor) {
		if (plan.write() instanceof ProjectInputs.RecordProjectInput i) {
			ProjectInputs.RecordProjectInput cited = new ProjectInputs.RecordProjectInput(i.name(), i.programme(),
					i.category(), i.region(), i.startYear(), i.endYear(), i.status(), i.implementer(), i.investor(),
					i.funding(), i.note(), source);
			return new Written(this.edits.record(cited, actor), "Project", true, Map.of());
		}
		if (plan.write() instanceof Change change) {
			ProjectInputs.UpdateProjectInput u = change.update();
			ProjectInputs.UpdateProjectInput cited = new ProjectInputs.UpdateProjectInput(u.id(), u.expectedVersion(),
					u.name(), u.category(), u.startYear(), u.endYear(), u.status(), u.funding(), u.note(), source);
			return new Written(this.edits.update(cited, actor), "Project", false, change.restore());
		}
		throw new IllegalArgumentException("row " + plan.number() + " has nothing to write");
	}

	private static @Nullable Long fen(@Nullable BigDecimal yuan) {
		return (yuan != null) ? yuan.movePointRight(2).longValue() : null;
	}

	private record Draft(RowValues row, ProjectInputs.RecordProjectInput input, String summary) {
	}

	private record Change(ProjectInputs.UpdateProjectInput update, Map<String, @Nullable Object> restore) {
	}

}
