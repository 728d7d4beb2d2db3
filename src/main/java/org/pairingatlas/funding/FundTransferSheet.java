package org.pairingatlas.funding;

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
 * Fund transfers kept in a sheet: one row money sent from one side to another under a
 * programme, in yuan, 万元 or 亿元, checked by the rules of {@code recordFundTransfer} and
 * written through it; a row repeating a transfer of the same sides, amount and years is
 * unchanged.
 */
@Component
class FundTransferSheet implements SheetKind {

	static final List<Word> RECURRENCES = List.of(Word.of("yearly", "每年", "yearly", "逐年", "年度"),
			Word.of("once", "一次", "once", "一次性"));

	private final TransferEdits edits;

	private final PartyNames names;

	private final ProgrammeWords programmes;

	FundTransferSheet(TransferEdits edits, PartyNames names, ProgrammeWords programmes) {
		this.edits = edits;
		this.names = names;
		this.programmes = programmes;
	}

	@Override
	public String id() {
		return "fund-transfers";
	}

	@Override
	public List<SheetColumn> columns() {
		return List.of(
				new SheetColumn("programme", "协作计划", "Programme", List.of("计划"), true, this.programmes.all(),
						"填写协作计划的名称。", "南水北调中线京鄂对口协作"),
				new SheetColumn("from", "拨出方", "From", List.of("拨付方", "出资方", "支援方"), true, List.of(),
						"地区或机构，可连同上级写出。A region or organisation.", "北京市"),
				new SheetColumn("to", "接收方", "To", List.of("受援方", "收款方"), true, List.of(), "写法同拨出方。", "十堰市"),
				new SheetColumn("amount", "金额", "Amount", List.of("资金", "拨付金额", "协作资金"), true, List.of(),
						"元，或写“万元”“亿元”。Yuan, or with 万元 or 亿元.", "5亿元"),
				new SheetColumn("yearStart", "年份", "Year", List.of("起始年份", "开始年份", "年度"), false, List.of(), "如 2021。",
						"2021"),
				new SheetColumn("yearEnd", "截止年份", "Until", List.of("结束年份"), false, List.of(), "跨年拨付时填写。", ""),
				new SheetColumn("recurrence", "频次", "Recurrence", List.of("拨付方式"), false, RECURRENCES,
						"每年或一次。Yearly or once.", "每年"),
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
		List<RowValues> drafted = new ArrayList<>();
		Map<Integer, TransferEdits.RecordFundTransferInput> inputs = new HashMap<>();
		Map<Integer, String> summaries = new HashMap<>();
		for (RowValues row : rows) {
			List<RowReason> reasons = new ArrayList<>();
			String programme = RowReads.read(reasons, "programme", Cells.word(row.get("programme"), programmes), true);
			PartyNames.Candidate from = RowReads.party(reasons, "from", row.get("from"), null, found, null);
			PartyNames.Candidate to = RowReads.party(reasons, "to", row.get("to"), null, found, null);
			BigDecimal amount = RowReads.read(reasons, "amount", Cells.yuan(row.get("amount")), true);
			Integer start = RowReads.read(reasons, "yearStart", Cells.year(row.get("yearStart")), false);
			Integer end = RowReads.read(reasons, "yearEnd", Cells.year(row.get("yearEnd")), false);
			String recurrence = RowReads.read(reasons, "recurrence", Cells.word(row.get("recurrence"), RECURRENCES),
					false);
			String summary = ((from != null) ? from.name() : "?") + " → " + ((to != null) ? to.name() : "?")
					+ ((amount != null) ? "：" + amount.toPlainString() + " 元" : "");
			if (reasons.isEmpty()) {
				TransferEdits.RecordFundTransferInput input = new TransferEdits.RecordFundTransferInput(programme, null,
						from.key(), to.key(), amount, start, end, recurrence, null, row.get("note"), null);
				Checks checks = new Checks();
				this.edits.describe(checks, input);
				checks.errors().forEach((error) -> reasons.add(RowReads.broken(error)));
				inputs.put(row.number(), input);
			}
			if (!reasons.isEmpty()) {
				plans.put(row.number(), RowPlan.refused(row.number(), reasons, summary));
				continue;
			}
			drafted.add(row);
			summaries.put(row.number(), summary);
		}
		List<Map<String, @Nullable Object>> asked = new ArrayList<>();
		for (RowValues row : drafted) {
			TransferEdits.RecordFundTransferInput input = inputs.get(row.number());
			Map<String, @Nullable Object> question = new HashMap<>();
			question.put("index", row.number());
			question.put("programme", input.programme());
			question.put("from", input.from());
			question.put("to", input.to());
			question.put("amountFen", input.amount().movePointRight(2).longValueExact());
			question.put("yearStart", input.yearStart());
			question.put("yearEnd", input.yearEnd());
			asked.add(question);
		}
		Map<Integer, String> existing = asked.isEmpty() ? Map.of() : this.edits.sameTransfers(asked);
		Map<String, Integer> firstRow = new HashMap<>();
		for (RowValues row : drafted) {
			int number = row.number();
			TransferEdits.RecordFundTransferInput input = inputs.get(number);
			Integer first = firstRow.putIfAbsent(input.programme() + "|" + input.from() + "|" + input.to() + "|"
					+ input.amount().toPlainString() + "|" + input.yearStart() + "|" + input.yearEnd(), number);
			if (first != null) {
				plans.put(number,
						RowPlan.refused(number,
								List.of(new RowReason("amount", Reason.of("sheet.refusal.sameAsRow", first))),
								summaries.get(number)));
			}
			else if (existing.containsKey(number)) {
				plans.put(number, new RowPlan(number, Outcome.UNCHANGED, List.of(), summaries.get(number),
						existing.get(number), null));
			}
			else {
				plans.put(number, new RowPlan(number, Outcome.NEW, List.of(), summaries.get(number), null, input)
					.standing(new Remit(input.programme(), List.of(input.from(), input.to()))));
			}
		}
		return rows.stream().map((row) -> plans.get(row.number())).toList();
	}

	@Override
	public Written write(RowPlan plan, SourceInput source, Actor actor) {
		TransferEdits.RecordFundTransferInput i = (TransferEdits.RecordFundTransferInput) plan.write();
		TransferEdits.RecordFundTransferInput cited = new TransferEdits.RecordFundTransferInput(i.programme(), i.step(),
				i.from(), i.to(), i.amount(), i.yearStart(), i.yearEnd(), i.recurrence(), i.project(), i.note(),
				source);
		return new Written(this.edits.record(cited, actor), "FundTransfer", true, Map.of());
	}

}
