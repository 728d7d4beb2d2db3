package org.pairingatlas.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.Checks;
import org.pairingatlas.base.edit.SourceInput;
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
 * Exchanges of people kept in a sheet (secondments, training, expert and leaders' visits,
 * joint meetings): one row an exchange under a programme, checked by the rules of
 * {@code recordExchange} and written through it; a row repeating an exchange of the same
 * kind, sides, count and period is unchanged.
 */
@Component
class ExchangeSheet implements SheetKind {

	static final List<Word> KINDS = List.of(Word.of("secondment", "挂职", "secondment", "干部挂职", "挂职干部"),
			Word.of("training", "培训", "training", "人才培训"), Word.of("expert-visit", "专家服务", "expert visit", "专家"),
			Word.of("leader-visit", "领导互访", "leaders' visit", "互访", "考察"),
			Word.of("joint-meeting", "联席会议", "joint meeting", "会议"), Word.of("study", "学习考察", "study", "学习"));

	static final List<Word> UNITS = List.of(Word.of("person", "人", "person", "名", "people"),
			Word.of("person-times", "人次", "person-times"), Word.of("visit", "次", "visit", "批次"));

	static final List<Word> DIRECTIONS = List.of(Word.of("to-recipient", "派往受援方", "to the recipient"),
			Word.of("to-supporter", "派往支援方", "to the supporter"), Word.of("both", "双向", "both ways"));

	private final Exchanges exchanges;

	private final PartyNames names;

	private final ProgrammeWords programmes;

	ExchangeSheet(Exchanges exchanges, PartyNames names, ProgrammeWords programmes) {
		this.exchanges = exchanges;
		this.names = names;
		this.programmes = programmes;
	}

	@Override
	public String id() {
		return "exchanges";
	}

	@Override
	public List<SheetColumn> columns() {
		return List.of(
				new SheetColumn("programme", "协作计划", "Programme", List.of("计划"), true, this.programmes.all(),
						"填写协作计划的名称。", "南水北调中线京鄂对口协作"),
				new SheetColumn("kind", "交流类型", "Kind", List.of("类型"), true, KINDS, "从可选词中选。", "挂职"),
				new SheetColumn("from", "派出方", "From", List.of("派出单位", "派出地区"), false, List.of(), "地区或机构。", "北京市"),
				new SheetColumn("to", "接收方", "To", List.of("接收单位", "接收地区"), false, List.of(), "地区或机构。", "十堰市"),
				new SheetColumn("direction", "方向", "Direction", List.of(), false, DIRECTIONS, "可空。", ""),
				new SheetColumn("count", "数量", "Count", List.of("人数", "人次"), true, List.of(), "整数。A whole number.", ""),
				new SheetColumn("unit", "单位", "Unit", List.of("计量单位"), true, UNITS, "人、人次或次。", "人"),
				new SheetColumn("periodStart", "开始日期", "From date", List.of("开始时间", "时间"), false, List.of(),
						"如 2021 或 2021-05。", ""),
				new SheetColumn("periodEnd", "结束日期", "Until", List.of("结束时间"), false, List.of(), "同开始日期。", ""),
				new SheetColumn("note", "备注", "Note", List.of("说明"), false, List.of(), "可空。Optional.", ""));
	}

	@Override
	public List<RowPlan> plan(List<RowValues> rows, Actor actor) {
		List<Word> programmes = this.programmes.all();
		Set<PartyNames.Named> named = new LinkedHashSet<>();
		rows.forEach((row) -> List.of("from", "to").forEach((side) -> {
			if (row.get(side) != null) {
				named.add(new PartyNames.Named(row.get(side), null));
			}
		}));
		Map<PartyNames.Named, PartyNames.Found> found = this.names.resolve(named);
		Map<Integer, RowPlan> plans = new HashMap<>();
		Map<Integer, Exchanges.RecordExchangeInput> inputs = new java.util.LinkedHashMap<>();
		Map<Integer, String> summaries = new HashMap<>();
		for (RowValues row : rows) {
			List<RowReason> reasons = new ArrayList<>();
			String programme = RowReads.read(reasons, "programme", Cells.word(row.get("programme"), programmes), true);
			String kind = RowReads.read(reasons, "kind", Cells.word(row.get("kind"), KINDS), true);
			PartyNames.Candidate from = (row.get("from") != null)
					? RowReads.party(reasons, "from", row.get("from"), null, found, null) : null;
			PartyNames.Candidate to = (row.get("to") != null)
					? RowReads.party(reasons, "to", row.get("to"), null, found, null) : null;
			String direction = RowReads.read(reasons, "direction", Cells.word(row.get("direction"), DIRECTIONS), false);
			BigDecimal count = RowReads.read(reasons, "count", Cells.count(row.get("count")), true);
			String unit = RowReads.read(reasons, "unit", Cells.word(row.get("unit"), UNITS), true);
			String start = RowReads.read(reasons, "periodStart", Cells.date(row.get("periodStart")), false);
			String end = RowReads.read(reasons, "periodEnd", Cells.date(row.get("periodEnd")), false);
			String summary = ((from != null) ? from.name() : "") + " → " + ((to != null) ? to.name() : "") + "："
					+ ((count != null) ? count.toPlainString() : "?") + " "
					+ ((row.get("unit") != null) ? row.get("unit") : "");
			if (reasons.isEmpty()) {
				Exchanges.RecordExchangeInput input = new Exchanges.RecordExchangeInput(programme, kind,
						(from != null) ? from.key() : null, (to != null) ? to.key() : null, direction, count, unit,
						start, end, row.get("note"), null);
				Checks checks = new Checks();
				this.exchanges.describe(checks, input);
				checks.errors().forEach((error) -> reasons.add(RowReads.broken(error)));
				inputs.put(row.number(), input);
			}
			if (!reasons.isEmpty()) {
				inputs.remove(row.number());
				plans.put(row.number(), RowPlan.refused(row.number(), reasons, summary));
				continue;
			}
			summaries.put(row.number(), summary);
		}
		Map<Integer, Map<String, @Nullable Object>> questions = new java.util.LinkedHashMap<>();
		inputs.forEach((number, input) -> {
			Map<String, @Nullable Object> question = new HashMap<>();
			question.put("programme", input.programme());
			question.put("kind", input.kind());
			question.put("unit", input.unit());
			question.put("count", input.count().toPlainString());
			question.put("periodStart", input.periodStart());
			question.put("periodEnd", input.periodEnd());
			question.put("from", input.from());
			question.put("to", input.to());
			questions.put(number, question);
		});
		Map<String, Integer> firstRow = new HashMap<>();
		List<Map<String, @Nullable Object>> asked = new ArrayList<>();
		questions.forEach((number, question) -> {
			Integer first = firstRow.putIfAbsent(new java.util.TreeMap<>(question).toString(), number);
			if (first != null) {
				plans.put(number,
						RowPlan.refused(number,
								List.of(new RowReason("count", Reason.of("sheet.refusal.sameAsRow", first))),
								summaries.get(number)));
				return;
			}
			Map<String, @Nullable Object> indexed = new HashMap<>(question);
			indexed.put("index", number);
			asked.add(indexed);
		});
		Map<Integer, String> existing = asked.isEmpty() ? Map.of() : this.exchanges.sameExchanges(asked);
		asked.forEach((question) -> {
			int number = (Integer) question.get("index");
			plans.put(number, existing.containsKey(number)
					? new RowPlan(number, Outcome.UNCHANGED, List.of(), summaries.get(number), existing.get(number),
							null)
					: new RowPlan(number, Outcome.NEW, List.of(), summaries.get(number), null, inputs.get(number))
						.standing(remit(inputs.get(number))));
		});
		return rows.stream().map((row) -> plans.get(row.number())).toList();
	}

	private static Remit remit(Exchanges.RecordExchangeInput input) {
		List<String> places = new ArrayList<>();
		if (input.from() != null) {
			places.add(input.from());
		}
		if (input.to() != null) {
			places.add(input.to());
		}
		return new Remit(input.programme(), places);
	}

	@Override
	public Written write(RowPlan plan, SourceInput source, Actor actor) {
		Exchanges.RecordExchangeInput i = (Exchanges.RecordExchangeInput) plan.write();
		Exchanges.RecordExchangeInput cited = new Exchanges.RecordExchangeInput(i.programme(), i.kind(), i.from(),
				i.to(), i.direction(), i.count(), i.unit(), i.periodStart(), i.periodEnd(), i.note(), source);
		return new Written(this.exchanges.record(cited, actor), "Exchange", true, Map.of());
	}

}
