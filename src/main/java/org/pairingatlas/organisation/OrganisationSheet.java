package org.pairingatlas.organisation;

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
import org.pairingatlas.base.edit.UserError;
import org.pairingatlas.fact.Remit;
import org.pairingatlas.sheet.Cells;
import org.pairingatlas.sheet.Outcome;
import org.pairingatlas.sheet.PartyNames;
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
 * Organisations (hospitals, schools, enterprises, parks, …) kept in a sheet: one row an
 * organisation in its region, checked by the rules of {@code createOrganisation} (one of
 * a name in a region, one per unified social credit code, its check character) and
 * written through it; a row naming an organisation the region already has is unchanged,
 * or changes it where its cells differ.
 */
@Component
class OrganisationSheet implements SheetKind {

	private final OrganisationEdits edits;

	private final PartyNames names;

	OrganisationSheet(OrganisationEdits edits, PartyNames names) {
		this.edits = edits;
		this.names = names;
	}

	@Override
	public String id() {
		return "organisations";
	}

	@Override
	public List<SheetColumn> columns() {
		return List.of(
				new SheetColumn("name", "名称", "Name", List.of("机构名称", "单位名称", "机构", "单位"), true, List.of(),
						"写全称。The full name.", "北京朝阳区白家庄小学"),
				new SheetColumn("kind", "机构类型", "Kind", List.of("类型", "单位类型", "机构性质"), true, OrganisationWords.KINDS,
						"从可选词中选。Pick one of the words.", "学校"),
				new SheetColumn("region", "所在地区", "Region", List.of("地区", "所在地", "所在县区", "所属地区"), true, List.of(),
						"可连同上级写出，如“北京市朝阳区”。May be written with its parents.", "北京市朝阳区"),
				new SheetColumn("nameEn", "英文名称", "English name", List.of("英文名"), false, List.of(), "可空。Optional.", ""),
				new SheetColumn("creditCode", "统一社会信用代码", "Unified social credit code",
						List.of("信用代码", "社会信用代码", "USCC"), false, List.of(),
						"18位，校验位会被核对。18 characters; the check character is checked.", ""),
				new SheetColumn("confirmed", "已确认", "Confirmed", List.of("是否确认", "确认"), false,
						List.of(Word.of("true", "是", "yes"), Word.of("false", "否", "no")),
						"来源不足以确认时填“否”。“否” where the source does not settle it.", "是"),
				new SheetColumn("note", "备注", "Note", List.of("说明", "notes"), false, List.of(), "可空。Optional.", ""));
	}

	@Override
	public List<RowPlan> plan(List<RowValues> rows, Actor actor) {
		Set<PartyNames.Named> regions = new LinkedHashSet<>();
		rows.forEach((row) -> {
			if (row.get("region") != null) {
				regions.add(new PartyNames.Named(row.get("region"), null));
			}
		});
		Map<PartyNames.Named, PartyNames.Found> found = this.names.resolveRegions(regions);
		Map<Integer, RowPlan> plans = new HashMap<>();
		List<Draft> drafts = new ArrayList<>();
		Map<String, Integer> firstRow = new HashMap<>();
		for (RowValues row : rows) {
			List<RowReason> reasons = new ArrayList<>();
			String kind = RowReads.read(reasons, "kind", Cells.word(row.get("kind"), OrganisationWords.KINDS), true);
			Boolean confirmed = RowReads.read(reasons, "confirmed", Cells.yesNo(row.get("confirmed")), false);
			PartyNames.Candidate region = RowReads.party(reasons, "region", row.get("region"), null, found, false);
			String summary = Objects.requireNonNullElse(row.get("name"), "?")
					+ ((region != null) ? "（" + region.name() + "）" : "");
			if (row.get("name") == null) {
				reasons.add(new RowReason("name", Reason.of("sheet.refusal.required")));
			}
			if (!reasons.isEmpty()) {
				plans.put(row.number(), RowPlan.refused(row.number(), reasons, summary));
				continue;
			}
			String code = (row.get("creditCode") != null) ? row.get("creditCode").toUpperCase(java.util.Locale.ROOT)
					: null;
			OrganisationInputs.CreateOrganisationInput input = new OrganisationInputs.CreateOrganisationInput(
					row.get("name"), row.get("nameEn"), kind, region.key(), code, confirmed, row.get("note"), null);
			Checks checks = new Checks();
			this.edits.describe(checks, input);
			checks.errors().forEach((error) -> reasons.add(reason(error)));
			Integer first = firstRow.putIfAbsent(input.name() + "|" + region.key(), row.number());
			if (first != null) {
				reasons.add(new RowReason("name", Reason.of("sheet.refusal.repeatsOrganisation", first)));
			}
			if (code != null) {
				Integer sameCode = firstRow.putIfAbsent("code|" + code, row.number());
				if (sameCode != null) {
					reasons.add(new RowReason("creditCode", Reason.of("sheet.refusal.codeRepeatsRow", sameCode)));
				}
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
		List<Map<String, @Nullable Object>> named = new ArrayList<>();
		List<Map<String, @Nullable Object>> coded = new ArrayList<>();
		for (Draft draft : drafts) {
			Map<String, @Nullable Object> row = new HashMap<>();
			row.put("index", draft.row().number());
			row.put("name", draft.input().name());
			row.put("region", draft.input().region());
			row.put("except", null);
			named.add(row);
			if (draft.input().creditCode() != null) {
				Map<String, @Nullable Object> code = new HashMap<>();
				code.put("index", draft.row().number());
				code.put("creditCode", draft.input().creditCode());
				code.put("except", null);
				coded.add(code);
			}
		}
		Map<Integer, Map<String, Object>> existing = this.edits.sameNames(named);
		Map<Integer, Map<String, Object>> codes = coded.isEmpty() ? Map.of() : this.edits.sameCodes(coded);
		List<RowPlan> plans = new ArrayList<>();
		for (Draft draft : drafts) {
			int number = draft.row().number();
			Map<String, Object> stored = existing.get(number);
			Map<String, Object> holder = codes.get(number);
			if (holder != null && (stored == null || !Objects.equals(holder.get("key"), stored.get("key")))) {
				plans
					.add(RowPlan.refused(
							number, List
								.of(new RowReason("creditCode",
										Reason.of("sheet.refusal.codeTaken",
												holder.get("name") + "（" + holder.get("key") + "）"))),
							draft.summary()));
			}
			else if (stored == null) {
				plans.add(new RowPlan(number, Outcome.NEW, List.of(), draft.summary(), null, draft.input())
					.standing(new Remit(null, List.of(draft.input().region()))));
			}
			else {
				plans.add(compared(draft, stored));
			}
		}
		return plans;
	}

	private RowPlan compared(Draft draft, Map<String, Object> stored) {
		OrganisationInputs.CreateOrganisationInput input = draft.input();
		Map<String, @Nullable Object> wanted = new HashMap<>();
		wanted.put("kind", input.kind());
		wanted.put("nameEn", input.nameEn());
		wanted.put("creditCode", input.creditCode());
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
		OrganisationInputs.UpdateOrganisationInput update = new OrganisationInputs.UpdateOrganisationInput(key, version,
				null, restore.containsKey("nameEn") ? input.nameEn() : null,
				restore.containsKey("kind") ? input.kind() : null,
				restore.containsKey("creditCode") ? input.creditCode() : null,
				restore.containsKey("confirmed") ? input.confirmed() : null,
				restore.containsKey("note") ? input.note() : null, null);
		return new RowPlan(draft.row().number(), Outcome.CHANGED, List.of(), draft.summary(), key,
				new Change(update, restore))
			.standing(new Remit(null, List.of(input.region())));
	}

	@Override
	public Written write(RowPlan plan, SourceInput source, Actor actor) {
		if (plan.write() instanceof OrganisationInputs.CreateOrganisationInput input) {
			OrganisationInputs.CreateOrganisationInput cited = new OrganisationInputs.CreateOrganisationInput(
					input.name(), input.nameEn(), input.kind(), input.region(), input.creditCode(), input.confirmed(),
					input.note(), source);
			return new Written(this.edits.create(cited, actor), "Organisation", true, Map.of());
		}
		if (plan.write() instanceof Change change) {
			OrganisationInputs.UpdateOrganisationInput u = change.update();
			OrganisationInputs.UpdateOrganisationInput cited = new OrganisationInputs.UpdateOrganisationInput(u.id(),
					u.expectedVersion(), u.name(), u.nameEn(), u.kind(), u.creditCode(), u.confirmed(), u.note(),
					source);
			return new Written(this.edits.update(cited, actor), "Organisation", false, change.restore());
		}
		throw new IllegalArgumentException("row " + plan.number() + " has nothing to write");
	}

	private static RowReason reason(UserError error) {
		if ("creditCode".equals(error.field())) {
			return new RowReason("creditCode", Reason.of("sheet.refusal.creditCode", String.valueOf(error.value())));
		}
		return RowReads.broken(error);
	}

	private record Draft(RowValues row, OrganisationInputs.CreateOrganisationInput input, String summary) {
	}

	private record Change(OrganisationInputs.UpdateOrganisationInput update, Map<String, @Nullable Object> restore) {
	}

}
