package org.pairingatlas.pairing;

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
import org.pairingatlas.fact.Remit;
import org.pairingatlas.organisation.OrganisationEdits;
import org.pairingatlas.organisation.OrganisationInputs;
import org.pairingatlas.organisation.OrganisationWords;
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

/**
 * Pairings of one level (county, township, institution) kept in a sheet: one row a
 * pairing, its sides named as coordinators write them, checked by the rules of
 * {@code createPairing} and written through it; a row repeating an active pairing of the
 * same parties, programme and level is unchanged, or changes it where its cells differ.
 */
class PairingSheet implements SheetKind {

	static final List<Word> KINDS = List.of(Word.of("district-county", "区县结对", "district-county"),
			Word.of("relatives", "结亲戚", "relatives", "结对亲戚", "亲戚", "结亲"),
			Word.of("hand-in-hand", "手拉手", "hand in hand", "结对帮扶", "对口帮扶"),
			Word.of("park-co-building", "共建园区", "park co-building", "园区共建"), Word.of("enclave", "飞地", "enclave"),
			Word.of("support", "对口支援", "support", "支援"));

	private static final String INSTITUTION = "institution";

	static final List<Word> STATUSES = List.of(Word.of("active", "进行中", "active", "有效", "在结对"),
			Word.of("ended", "已结束", "ended", "结束", "终止"), Word.of("planned", "计划中", "planned", "拟结对"));

	private final String level;

	private final String defaultKind;

	private final List<String> example;

	private final PairingEdits edits;

	private final OrganisationEdits organisations;

	private final PartyNames names;

	private final ProgrammeWords programmes;

	PairingSheet(String level, String defaultKind, List<String> example, PairingEdits edits,
			OrganisationEdits organisations, PartyNames names, ProgrammeWords programmes) {
		this.organisations = organisations;
		this.level = level;
		this.defaultKind = defaultKind;
		this.example = example;
		this.edits = edits;
		this.names = names;
		this.programmes = programmes;
	}

	@Override
	public String id() {
		return this.level + "-pairings";
	}

	@Override
	public List<SheetColumn> columns() {
		List<String> e = this.example;
		List<SheetColumn> columns = List.of(
				new SheetColumn("programme", "协作计划", "Programme", List.of("计划", "项目计划", "协作项目", "programme name"), true,
						this.programmes.all(), "填写协作计划的名称。Name the programme.", e.get(0)),
				new SheetColumn("supporter", "支援方", "Supporter", List.of("支援单位", "帮扶方", "支援地区", "结对方（支援）"), true,
						List.of(),
						"行政区划可连同上级写出，如“北京市怀柔区北房镇”；机构写全称。A division may be written with its parents; "
								+ "an organisation by its full name.",
						e.get(1)),
				new SheetColumn("supporterRegion", "支援方所在地区", "Supporter's region", List.of("支援方地区", "支援方所在地"), false,
						List.of(), "同名时用以区分，如“怀柔区”。Tells apart places of the same name.", e.get(2)),
				new SheetColumn("recipient", "受援方", "Recipient", List.of("受援单位", "结对方", "受援地区", "帮扶对象"), true,
						List.of(), "写法同支援方。Written as the supporter is.", e.get(3)),
				new SheetColumn("recipientRegion", "受援方所在地区", "Recipient's region", List.of("受援方地区", "受援方所在地"), false,
						List.of(), "同名时用以区分，如“卢氏县”。Tells apart places of the same name.", e.get(4)),
				new SheetColumn("kind", "结对类型", "Kind", List.of("类型", "结对方式"), false, KINDS,
						"空着即为默认类型。Left empty, the level's usual kind.", e.get(5)),
				new SheetColumn("startDate", "开始日期", "Start date", List.of("结对时间", "开始时间", "签约日期", "起始日期"), false,
						List.of(), "如 2021、2021-05 或 2021-05-01；不知道就空着。Leave empty if unknown.", e.get(6)),
				new SheetColumn("endDate", "结束日期", "End date", List.of("结束时间", "终止日期"), false, List.of(),
						"同开始日期。As the start.", e.get(7)),
				new SheetColumn("status", "状态", "Status", List.of("结对状态"), false, STATUSES,
						"空着即为进行中（有结束日期则已结束）。Left empty: active (ended if it has an end).", e.get(8)),
				new SheetColumn("confirmed", "已确认", "Confirmed", List.of("是否确认", "确认"), false,
						List.of(Word.of("true", "是", "yes"), Word.of("false", "否", "no")),
						"来源不足以确认时填“否”。“否” where the source does not settle it.", e.get(9)),
				new SheetColumn("note", "备注", "Note", List.of("说明", "notes", "remarks"), false, List.of(),
						"可空。Optional.", e.get(10)));
		if (!INSTITUTION.equals(this.level)) {
			return columns;
		}
		List<SheetColumn> withKinds = new ArrayList<>(columns);
		withKinds.add(new SheetColumn("supporterKind", "支援方机构类型", "Supporter's kind", List.of("支援单位类型"), false,
				OrganisationWords.KINDS, "支援方是图谱中还没有的机构时填写，连同其所在地区，导入时一并登记。Fill it, with the region, "
						+ "for an organisation the graph lacks: it is recorded with the pairing.",
				e.get(11)));
		withKinds.add(new SheetColumn("recipientKind", "受援方机构类型", "Recipient's kind", List.of("受援单位类型"), false,
				OrganisationWords.KINDS, "同支援方机构类型。As the supporter's kind.", e.get(12)));
		return withKinds;
	}

	@Override
	public List<RowPlan> plan(List<RowValues> rows, Actor actor) {
		List<Word> programmes = this.programmes.all();
		Set<PartyNames.Named> named = new LinkedHashSet<>();
		rows.forEach((row) -> List.of("supporter", "recipient").forEach((side) -> {
			named(row, side).ifPresent(named::add);
			if (INSTITUTION.equals(this.level) && row.get(side + "Region") != null) {
				named.add(new PartyNames.Named(row.get(side + "Region"), null));
			}
		}));
		Map<PartyNames.Named, PartyNames.Found> found = this.names.resolve(named);
		Map<Integer, RowPlan> plans = new HashMap<>();
		List<Draft> drafts = new ArrayList<>();
		Map<String, Integer> firstRow = new HashMap<>();
		for (RowValues row : rows) {
			List<RowReason> reasons = new ArrayList<>();
			String programme = RowReads.read(reasons, "programme", Cells.word(row.get("programme"), programmes), true);
			Party supporter = side(reasons, row, "supporter", found);
			Party recipient = side(reasons, row, "recipient", found);
			String kind = RowReads.read(reasons, "kind", Cells.word(row.get("kind"), KINDS), false);
			String start = RowReads.read(reasons, "startDate", Cells.date(row.get("startDate")), false);
			String end = RowReads.read(reasons, "endDate", Cells.date(row.get("endDate")), false);
			String status = RowReads.read(reasons, "status", Cells.word(row.get("status"), STATUSES), false);
			Boolean confirmed = RowReads.read(reasons, "confirmed", Cells.yesNo(row.get("confirmed")), false);
			String summary = summary(row, supporter, recipient);
			if (!reasons.isEmpty()) {
				plans.put(row.number(), RowPlan.refused(row.number(), reasons, summary));
				continue;
			}
			PairingInputs.CreatePairingInput input = new PairingInputs.CreatePairingInput(programme, this.level,
					(kind != null) ? kind : this.defaultKind, supporter.key(), recipient.key(), start, end, status,
					confirmed, row.get("note"), null);
			Checks checks = new Checks();
			this.edits.describe(checks, input);
			checks.errors().forEach((error) -> reasons.add(RowReads.broken(error)));
			String same = programme + "|" + supporter.key() + "|" + recipient.key();
			Integer first = firstRow.putIfAbsent(same, row.number());
			if (first != null) {
				reasons.add(new RowReason("recipient", Reason.of("sheet.refusal.repeatsRow", first)));
			}
			if (!reasons.isEmpty()) {
				plans.put(row.number(), RowPlan.refused(row.number(), reasons, summary));
				continue;
			}
			drafts.add(new Draft(row, input, summary, kind != null, supporter.created(), recipient.created()));
		}
		return RowReads.planned(rows, plans, drafts, this::checkAgainstGraph);
	}

	private List<RowPlan> checkAgainstGraph(List<Draft> drafts) {
		List<Map<String, @Nullable Object>> rows = new ArrayList<>();
		for (Draft draft : drafts) {
			Map<String, @Nullable Object> row = new HashMap<>();
			row.put("index", draft.row().number());
			row.put("programme", draft.input().programme());
			row.put("supporter", draft.input().supporter());
			row.put("recipient", draft.input().recipient());
			row.put("level", this.level);
			row.put("except", null);
			rows.add(row);
		}
		Set<Integer> related = this.edits.relatedSides(rows);
		Map<Integer, Map<String, Object>> existing = this.edits.activeSame(rows);
		List<RowPlan> plans = new ArrayList<>();
		for (Draft draft : drafts) {
			int number = draft.row().number();
			if (related.contains(number)) {
				plans.add(RowPlan.refused(number,
						List.of(new RowReason("recipient", Reason.of("sheet.refusal.relatedSides"))), draft.summary()));
				continue;
			}
			Map<String, Object> stored = existing.get(number);
			if (stored == null) {
				Object write = (draft.newSupporter() == null && draft.newRecipient() == null) ? draft.input()
						: new NewPairing(draft.input(), draft.newSupporter(), draft.newRecipient());
				plans.add(new RowPlan(number, Outcome.NEW, List.of(), draft.summary(), null, write).standing(new Remit(
						draft.input().programme(), List.of(place(draft.input().supporter(), draft.newSupporter()),
								place(draft.input().recipient(), draft.newRecipient())))));
				continue;
			}
			plans.add(compared(draft, stored));
		}
		return plans;
	}

	/** A row repeating a pairing: unchanged, or what its cells change. */
	private RowPlan compared(Draft draft, Map<String, Object> stored) {
		PairingInputs.CreatePairingInput input = draft.input();
		Map<String, @Nullable Object> wanted = new HashMap<>();
		if (draft.kindGiven()) {
			wanted.put("kind", input.kind());
		}
		wanted.put("startDate", input.startDate());
		wanted.put("endDate", input.endDate());
		wanted.put("status", input.status());
		wanted.put("confirmed", input.confirmed());
		wanted.put("note", input.note());
		Map<String, @Nullable Object> restore = new HashMap<>();
		wanted.forEach((field, value) -> {
			if (value != null && !Objects.equals(value, stored.get(field))) {
				restore.put(field, stored.get(field));
			}
		});
		String key = (String) stored.get("key");
		if (restore.isEmpty()) {
			return new RowPlan(draft.row().number(), Outcome.UNCHANGED, List.of(), draft.summary(), key, null);
		}
		int version = ((Number) stored.getOrDefault("version", 0)).intValue();
		PairingInputs.UpdatePairingInput update = new PairingInputs.UpdatePairingInput(key, version, null,
				restore.containsKey("kind") ? input.kind() : null,
				restore.containsKey("startDate") ? input.startDate() : null,
				restore.containsKey("endDate") ? input.endDate() : null,
				restore.containsKey("status") ? input.status() : null,
				restore.containsKey("confirmed") ? input.confirmed() : null,
				restore.containsKey("note") ? input.note() : null, null);
		return new RowPlan(draft.row().number(), Outcome.CHANGED, List.of(), draft.summary(), key,
				new Change(update, restore))
			.standing(remit(input));
	}

	private static Remit remit(PairingInputs.CreatePairingInput input) {
		return new Remit(input.programme(), List.of(input.supporter(), input.recipient()));
	}

	@Override
	public Written write(RowPlan plan, SourceInput source, Actor actor) {
		if (plan.write() instanceof NewPairing pairing) {
			List<Created> before = new ArrayList<>();
			String supporter = organisation(pairing.supporter(), pairing.input().supporter(), source, actor, before);
			String recipient = organisation(pairing.recipient(), pairing.input().recipient(), source, actor, before);
			PairingInputs.CreatePairingInput input = pairing.input();
			PairingInputs.CreatePairingInput cited = new PairingInputs.CreatePairingInput(input.programme(),
					input.level(), input.kind(), supporter, recipient, input.startDate(), input.endDate(),
					input.status(), input.confirmed(), input.note(), source);
			return new Written(this.edits.create(cited, actor), "Pairing", true, Map.of(), before);
		}
		if (plan.write() instanceof PairingInputs.CreatePairingInput input) {
			PairingInputs.CreatePairingInput cited = new PairingInputs.CreatePairingInput(input.programme(),
					input.level(), input.kind(), input.supporter(), input.recipient(), input.startDate(),
					input.endDate(), input.status(), input.confirmed(), input.note(), source);
			return new Written(this.edits.create(cited, actor), "Pairing", true, Map.of());
		}
		if (plan.write() instanceof Change change) {
			PairingInputs.UpdatePairingInput u = change.update();
			PairingInputs.UpdatePairingInput cited = new PairingInputs.UpdatePairingInput(u.id(), u.expectedVersion(),
					u.level(), u.kind(), u.startDate(), u.endDate(), u.status(), u.confirmed(), u.note(), source);
			return new Written(this.edits.update(cited, actor), "Pairing", false, change.restore());
		}
		throw new IllegalArgumentException("row " + plan.number() + " has nothing to write");
	}

	private static java.util.Optional<PartyNames.Named> named(RowValues row, String side) {
		String text = row.get(side);
		return (text != null) ? java.util.Optional.of(new PartyNames.Named(text, row.get(side + "Region")))
				: java.util.Optional.empty();
	}

	/**
	 * A side of a row: a region or organisation the graph holds, or (in an institution
	 * sheet) an organisation it lacks, to be recorded with the pairing where the row
	 * gives its kind and region.
	 */
	private @Nullable Party side(List<RowReason> reasons, RowValues row, String side,
			Map<PartyNames.Named, PartyNames.Found> found) {
		String text = row.get(side);
		String regionText = row.get(side + "Region");
		PartyNames.Found party = (text != null) ? found.get(new PartyNames.Named(text, regionText)) : null;
		boolean creatable = INSTITUTION.equals(this.level) && party != null && !party.isFound() && !party.ambiguous()
				&& row.get(side + "Kind") != null && regionText != null;
		if (!creatable) {
			PartyNames.Candidate known = RowReads.party(reasons, side, text, regionText, found, null);
			return (known != null) ? new Party(known.key(), known.name(), null) : null;
		}
		PartyNames.Candidate region = RowReads.party(reasons, side + "Region", regionText, null, found, false);
		String kind = RowReads.read(reasons, side + "Kind", Cells.word(row.get(side + "Kind"), OrganisationWords.KINDS),
				true);
		if (region == null || kind == null) {
			return null;
		}
		Checks checks = new Checks();
		this.organisations.describe(checks,
				new OrganisationInputs.CreateOrganisationInput(text, null, kind, region.key(), null, null, null, null));
		checks.errors()
			.forEach((error) -> reasons.add(new RowReason(side, Reason.of("sheet.refusal.rule", error.message()))));
		return new Party("org-new-" + row.number() + "-" + side, text + "（新机构）",
				new NewOrganisation(text, kind, region.key()));
	}

	/**
	 * The key of an organisation a row records: the one an earlier row of the import
	 * recorded under the same name in the region, or a new one.
	 */
	private String organisation(@Nullable NewOrganisation wanted, @Nullable String known, SourceInput source,
			Actor actor, List<Created> before) {
		if (wanted == null) {
			return java.util.Objects.requireNonNull(known);
		}
		Map<String, @Nullable Object> row = new HashMap<>();
		row.put("index", 0);
		row.put("name", wanted.name());
		row.put("region", wanted.region());
		row.put("except", null);
		Map<String, Object> existing = this.organisations.sameNames(List.of(row)).get(0);
		if (existing != null) {
			return (String) existing.get("key");
		}
		String key = this.organisations.create(new OrganisationInputs.CreateOrganisationInput(wanted.name(), null,
				wanted.kind(), wanted.region(), null, null, null, source), actor);
		before.add(new Created(key, "Organisation"));
		return key;
	}

	private static String place(@Nullable String key, @Nullable NewOrganisation created) {
		return (created != null) ? created.region() : java.util.Objects.requireNonNull(key);
	}

	private static String summary(RowValues row, @Nullable Party supporter, @Nullable Party recipient) {
		String from = (supporter != null) ? supporter.name() : Objects.requireNonNullElse(row.get("supporter"), "?");
		String to = (recipient != null) ? recipient.name() : Objects.requireNonNullElse(row.get("recipient"), "?");
		return from + " → " + to;
	}

	/** A row that passed its own checks, before the graph's. */
	private record Draft(RowValues row, PairingInputs.CreatePairingInput input, String summary, boolean kindGiven,
			@Nullable NewOrganisation newSupporter, @Nullable NewOrganisation newRecipient) {
	}

	/** A side as found: its key (a stand-in for one to record) and its name. */
	private record Party(String key, String name, @Nullable NewOrganisation created) {
	}

	/** An organisation the graph lacks, to be recorded from its row. */
	private record NewOrganisation(String name, String kind, String region) {
	}

	/** A pairing naming organisations to be recorded with it. */
	private record NewPairing(PairingInputs.CreatePairingInput input, @Nullable NewOrganisation supporter,
			@Nullable NewOrganisation recipient) {
	}

	/** What a row changes in a pairing, and the values to restore on rollback. */
	private record Change(PairingInputs.UpdatePairingInput update, Map<String, @Nullable Object> restore) {
	}

}
