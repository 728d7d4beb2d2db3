package org.pairingatlas.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.Checks;
import org.pairingatlas.base.edit.SourceInput;
import org.pairingatlas.security.Visibility;
import org.pairingatlas.fact.Remit;
import org.pairingatlas.sheet.Cells;
import org.pairingatlas.sheet.Outcome;
import org.pairingatlas.sheet.ProgrammeWords;
import org.pairingatlas.sheet.Reason;
import org.pairingatlas.sheet.RowPlan;
import org.pairingatlas.sheet.RowReads;
import org.pairingatlas.sheet.RowReason;
import org.pairingatlas.sheet.RowValues;
import org.pairingatlas.sheet.SheetColumn;
import org.pairingatlas.sheet.SheetKind;
import org.pairingatlas.sheet.Word;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Progress against targets kept in a sheet: one row a value a target's indicator reached
 * as of a date, the target named by its indicator (within its programme where several
 * share it) or its id, checked by the rules of {@code recordMeasurement} (the target's
 * unit; an amount written with 万元 or 亿元 is turned into it) and written through it; a row
 * repeating a measurement of the same target, date and value is unchanged.
 */
@Component
class MeasurementSheet implements SheetKind {

	private static final String TARGETS = """
			UNWIND $texts AS text
			MATCH (t:Target)
			WHERE (t.key = text OR t.indicator = text) AND %s
			OPTIONAL MATCH (t)-[:UNDER]->(g:Programme)
			RETURN text, t.key AS key, t.indicator AS indicator, t.unit AS unit, g.key AS programme
			""".formatted(Visibility.rule("t"));

	private static final Map<String, Integer> MONEY = Map.of("yuan", 0, "wan", 4, "yi", 8);

	private final MeasurementEdits edits;

	private final ProgrammeWords programmes;

	private final Neo4jClient client;

	private final Visibility visibility;

	MeasurementSheet(MeasurementEdits edits, ProgrammeWords programmes, Neo4jClient client, Visibility visibility) {
		this.edits = edits;
		this.programmes = programmes;
		this.client = client;
		this.visibility = visibility;
	}

	@Override
	public String id() {
		return "measurements";
	}

	@Override
	public List<SheetColumn> columns() {
		return List.of(
				new SheetColumn("target", "指标", "Target", List.of("指标名称", "目标", "指标编号"), true, List.of(),
						"指标名称或编号。The indicator or the target's id.", ""),
				new SheetColumn("programme", "协作计划", "Programme", List.of("计划"), false, this.programmes.all(),
						"几个指标同名时填写。Where several targets share the indicator.", ""),
				new SheetColumn("value", "完成值", "Value", List.of("实际值", "完成情况", "数值"), true, List.of(),
						"按指标的单位写；金额可带“万元”“亿元”。In the target's unit.", ""),
				new SheetColumn("asOf", "截至日期", "As of", List.of("统计时间", "日期", "截至"), true, List.of(),
						"如 2023 或 2023-12-31。", ""),
				new SheetColumn("note", "备注", "Note", List.of("说明"), false, List.of(), "可空。Optional.", ""));
	}

	@Override
	public List<RowPlan> plan(List<RowValues> rows, Actor actor) {
		List<Word> programmes = this.programmes.all();
		Map<String, List<Map<String, Object>>> targets = targets(rows);
		Map<Integer, RowPlan> plans = new HashMap<>();
		Map<Integer, MeasurementEdits.RecordMeasurementInput> inputs = new LinkedHashMap<>();
		Map<Integer, String> summaries = new HashMap<>();
		Map<Integer, @Nullable String> targetProgrammes = new HashMap<>();
		for (RowValues row : rows) {
			List<RowReason> reasons = new ArrayList<>();
			String programme = RowReads.read(reasons, "programme", Cells.word(row.get("programme"), programmes), false);
			Map<String, Object> target = target(reasons, row, programme, targets);
			String asOf = RowReads.read(reasons, "asOf", Cells.date(row.get("asOf")), true);
			BigDecimal value = (target != null) ? value(reasons, row.get("value"), (String) target.get("unit")) : null;
			String summary = Objects.requireNonNullElse(row.get("target"), "?") + "："
					+ Objects.requireNonNullElse(row.get("value"), "?");
			if (reasons.isEmpty()) {
				MeasurementEdits.RecordMeasurementInput input = new MeasurementEdits.RecordMeasurementInput(
						(String) target.get("key"), value, null, asOf, row.get("note"), null);
				Checks checks = new Checks();
				this.edits.describe(checks, input);
				checks.errors().forEach((error) -> reasons.add(RowReads.broken(error)));
				inputs.put(row.number(), input);
				targetProgrammes.put(row.number(), (String) target.get("programme"));
			}
			if (!reasons.isEmpty()) {
				inputs.remove(row.number());
				plans.put(row.number(), RowPlan.refused(row.number(), reasons, summary));
				continue;
			}
			summaries.put(row.number(), summary);
		}
		Map<String, Integer> firstRow = new HashMap<>();
		List<Map<String, @Nullable Object>> asked = new ArrayList<>();
		inputs.forEach((number, input) -> {
			Integer first = firstRow.putIfAbsent(input.target() + "|" + input.asOf() + "|" + input.value(), number);
			if (first != null) {
				plans.put(number,
						RowPlan.refused(number,
								List.of(new RowReason("value", Reason.of("sheet.refusal.sameAsRow", first))),
								summaries.get(number)));
				return;
			}
			Map<String, @Nullable Object> question = new HashMap<>();
			question.put("index", number);
			question.put("target", input.target());
			question.put("asOf", input.asOf());
			question.put("value", input.value().toPlainString());
			asked.add(question);
		});
		Map<Integer, String> existing = asked.isEmpty() ? Map.of() : this.edits.sameMeasurements(asked);
		asked.forEach((question) -> {
			int number = (Integer) question.get("index");
			plans.put(number, existing.containsKey(number)
					? new RowPlan(number, Outcome.UNCHANGED, List.of(), summaries.get(number), existing.get(number),
							null)
					: new RowPlan(number, Outcome.NEW, List.of(), summaries.get(number), null, inputs.get(number))
						.standing(new Remit(targetProgrammes.get(number), List.of())));
		});
		return rows.stream().map((row) -> plans.get(row.number())).toList();
	}

	@Override
	public Written write(RowPlan plan, SourceInput source, Actor actor) {
		MeasurementEdits.RecordMeasurementInput i = (MeasurementEdits.RecordMeasurementInput) plan.write();
		MeasurementEdits.RecordMeasurementInput cited = new MeasurementEdits.RecordMeasurementInput(i.target(),
				i.value(), i.unit(), i.asOf(), i.note(), source);
		return new Written(this.edits.recordMeasurement(cited, actor), "Measurement", true, Map.of());
	}

	private Map<String, List<Map<String, Object>>> targets(List<RowValues> rows) {
		List<String> texts = rows.stream().map((row) -> row.get("target")).filter(Objects::nonNull).distinct().toList();
		Map<String, List<Map<String, Object>>> found = new HashMap<>();
		this.client.query(TARGETS)
			.bindAll(Map.of("texts", texts, Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetch()
			.all()
			.forEach((row) -> found.computeIfAbsent((String) row.get("text"), (t) -> new ArrayList<>()).add(row));
		return found;
	}

	private static @Nullable Map<String, Object> target(List<RowReason> reasons, RowValues row,
			@Nullable String programme, Map<String, List<Map<String, Object>>> targets) {
		String text = row.get("target");
		if (text == null) {
			reasons.add(new RowReason("target", Reason.of("sheet.refusal.required")));
			return null;
		}
		List<Map<String, Object>> candidates = targets.getOrDefault(text, List.of())
			.stream()
			.filter((t) -> programme == null || programme.equals(t.get("programme")))
			.toList();
		if (candidates.size() == 1) {
			return candidates.get(0);
		}
		if (candidates.isEmpty()) {
			reasons.add(new RowReason("target", Reason.of("sheet.refusal.unknownTarget", text, "tgt-d001-…")));
		}
		else {
			reasons.add(new RowReason("target", Reason.of("sheet.refusal.ambiguousTarget", text, String.join("；",
					candidates.stream().map((t) -> t.get("key") + "（" + t.get("programme") + "）").toList()))));
		}
		return null;
	}

	/** The value in the target's unit: an amount with 万元 or 亿元 is turned into it. */
	private static @Nullable BigDecimal value(List<RowReason> reasons, @Nullable String text, @Nullable String unit) {
		if (text == null) {
			reasons.add(new RowReason("value", Reason.of("sheet.refusal.required")));
			return null;
		}
		String plain = text.strip().replace("%", "").replace(",", "");
		if (plain.matches("-?[0-9]+(\\.[0-9]+)?")) {
			return new BigDecimal(plain);
		}
		if (unit != null && MONEY.containsKey(unit)) {
			BigDecimal yuan = RowReads.read(reasons, "value", Cells.yuan(text), true);
			return (yuan != null) ? yuan.movePointLeft(MONEY.get(unit)).stripTrailingZeros() : null;
		}
		reasons.add(new RowReason("value", Reason.of("sheet.refusal.amount", text)));
		return null;
	}

}
