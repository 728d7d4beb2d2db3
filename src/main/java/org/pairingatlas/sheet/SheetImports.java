package org.pairingatlas.sheet;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.audit.AuditLog;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.DocumentTexts;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.edit.SourceInput;
import org.pairingatlas.base.edit.UserError;
import org.pairingatlas.fact.FactWriter;
import org.pairingatlas.source.DocumentRegistration;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a sheet in three steps, as the explorer and the API both do it: read (the file
 * within its limits, the columns matched by header; nothing written), preview (every row
 * checked against the graph by its kind and kept with its outcome) and commit (the new
 * and changed rows written as one transaction through the kinds' mutations, each citing
 * the file and its row). A committed import rolls back as a whole, as one audited change,
 * while none of its facts has been edited since.
 */
@Service
public class SheetImports {

	private static final int MAX_EXCERPT = 2000;

	private final Map<String, SheetKind> kinds = new LinkedHashMap<>();

	private final Map<String, Map<String, SheetColumn.Header>> headers = new java.util.concurrent.ConcurrentHashMap<>();

	private final SheetLimits limits;

	private final ImportStore store;

	private final DocumentRegistration registration;

	private final FactWriter writer;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final JsonMapper json = JsonMapper.builder().build();

	SheetImports(List<SheetKind> kinds, SheetLimits limits, ImportStore store, DocumentRegistration registration,
			FactWriter writer, AuditLog audit, PlatformTransactionManager transactions) {
		kinds.stream().sorted(Comparator.comparing(SheetKind::id)).forEach((k) -> this.kinds.put(k.id(), k));
		this.limits = limits;
		this.store = store;
		this.registration = registration;
		this.writer = writer;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setTimeout((int) limits.commitTimeout().toSeconds());
	}

	/** Reports how far a long step has come, from 0 to 1. */
	@FunctionalInterface
	public interface Progress {

		Progress NONE = (done) -> {
		};

		void report(double done);

	}

	/** An uploaded sheet as read, its columns matched; nothing is written yet. */
	public record Upload(SheetKind kind, String fileName, String sha256, Sheet sheet, ColumnMatch match) {
	}

	/** What a commit or rollback did, by outcome. */
	public record Counts(int created, int changed, int unchanged, int refused) {
	}

	/** What a rollback did: facts withdrawn, facts set back. */
	public record Undone(int withdrawn, int restored) {
	}

	public List<SheetKind> kinds() {
		return List.copyOf(this.kinds.values());
	}

	/**
	 * A kind's column headers by field, in Chinese and English, for telling reasons by
	 * column. Headers are fixed in code, so they are read once (a kind's columns also
	 * carry vocabularies read from the graph, which reasons do not need).
	 */
	public Map<String, SheetColumn.Header> headers(SheetKind kind) {
		return this.headers.computeIfAbsent(kind.id(), (id) -> {
			Map<String, SheetColumn.Header> byField = new LinkedHashMap<>();
			kind.columns().forEach((c) -> byField.put(c.key(), new SheetColumn.Header(c.zh(), c.en())));
			return Map.copyOf(byField);
		});
	}

	public Optional<SheetKind> kind(String id) {
		return Optional.ofNullable(this.kinds.get(id));
	}

	/**
	 * Reads an uploaded file as the kind's sheet and matches its columns, for someone who
	 * may import (anyone else is refused first, whatever the file).
	 * @throws SheetRefused if the kind is unknown or the file cannot be read as one
	 */
	public Upload read(Actor actor, @Nullable String kindId, String fileName, byte[] content) {
		FactWriter.requireEditor(actor);
		SheetKind kind = (kindId != null) ? this.kinds.get(kindId) : null;
		if (kind == null) {
			throw new SheetRefused(Reason.of("sheet.refusal.unknownKind", String.valueOf(kindId),
					String.join(", ", this.kinds.keySet())));
		}
		Sheet sheet = new SheetFile(this.limits).read(fileName, content);
		if (sheet.rows().isEmpty()) {
			throw new SheetRefused(Reason.of("sheet.refusal.emptySheet", sheet.name()));
		}
		return new Upload(kind, fileName, sha256(content), sheet, ColumnMatch.of(sheet, kind));
	}

	/**
	 * Checks every row of the upload against the graph and keeps the import with its
	 * rows' outcomes; returns its key.
	 * @param choices the coordinator's column choices: a field per column, blank for none
	 * @throws SheetRefused if a required column is missing or no row holds anything
	 */
	public String preview(Actor actor, Upload upload, Map<Integer, String> choices, Progress progress) {
		FactWriter.requireEditor(actor);
		SheetKind kind = upload.kind();
		ColumnMatch match = upload.match().adjusted(choices);
		List<SheetColumn> missing = match.missing(kind);
		if (!missing.isEmpty()) {
			throw new SheetRefused(Reason.of("sheet.refusal.missingColumns",
					String.join("、", missing.stream().map(SheetColumn::header).toList())));
		}
		Map<Integer, String> example = example(match, kind);
		List<SheetRow> data = upload.sheet()
			.rows()
			.stream()
			.filter((row) -> row.number() > match.headerRow() && !row.isBlank())
			.filter((row) -> !isExample(row, example))
			.toList();
		if (data.isEmpty()) {
			throw new SheetRefused(Reason.of("sheet.refusal.noRows", upload.sheet().name()));
		}
		progress.report(0.1);
		List<StoredRow> rows = data.stream().map((row) -> StoredRow.of(row, match)).toList();
		List<RowPlan> plans = plan(kind, rows, actor);
		progress.report(0.8);
		Map<String, Object> properties = new HashMap<>();
		properties.put("kind", kind.id());
		properties.put("fileName", upload.fileName());
		properties.put("sha256", upload.sha256());
		properties.put("uploadedBy", actor.name());
		properties.put("sheetName", upload.sheet().name());
		properties.put("ignoredSheets", upload.sheet().ignoredSheets());
		properties.put("headerRow", match.headerRow());
		properties.put("headers", this.json.writeValueAsString(new TreeMap<>(match.headers())));
		properties.put("fields", this.json.writeValueAsString(new TreeMap<>(match.fields())));
		properties.putAll(counted(plans));
		this.transactions.executeWithoutResult((status) -> this.store
			.removePreviewsBefore(ZonedDateTime.now(ZoneOffset.UTC).minus(this.limits.keepPreviews()).toString()));
		String key = this.transactions.execute((status) -> {
			String created = this.store.create(properties);
			List<Map<String, Object>> stored = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				stored.add(rows.get(i).properties(created, plans.get(i), this.json));
			}
			this.store.addRows(created, stored);
			return created;
		});
		progress.report(1);
		return key;
	}

	/**
	 * Writes the import's new and changed rows as one transaction, each fact citing the
	 * file (registered as a source, once per file) with its row's text; rows refused are
	 * left out, or, all or nothing, refuse the whole commit. The rows are checked again,
	 * as the graph may have changed since the preview.
	 * @throws SheetRefused if the import is not awaiting commit, or a row is refused
	 */
	public Counts commit(Actor actor, String importKey, boolean allOrNothing, Progress progress) {
		return commit(actor, importKey, allOrNothing, progress, this.limits.commitBatch());
	}

	/** A commit writing at most {@code batchSize} rows per transaction. */
	Counts commit(Actor actor, String importKey, boolean allOrNothing, Progress progress, int batchSize) {
		FactWriter.requireEditor(actor);
		Map<String, Object> header = header(importKey);
		SheetKind kind = this.kinds.get((String) header.get("kind"));
		Map<Integer, String> fields = this.json.readValue((String) header.get("fields"),
				new TypeReference<Map<Integer, String>>() {
				});
		List<StoredRow> rows = this.store.rows(importKey)
			.stream()
			.map((row) -> StoredRow.from(row, fields, this.json))
			.toList();
		List<RowPlan> plans = plan(kind, rows, actor);
		Map<String, Integer> counts = counted(plans);
		if (allOrNothing && counts.get("refused") > 0) {
			throw new SheetRefused(Reason.of("sheet.refusal.allOrNothing", counts.get("refused")));
		}
		List<Integer> writing = new ArrayList<>();
		for (int i = 0; i < plans.size(); i++) {
			Outcome outcome = plans.get(i).outcome();
			if (outcome == Outcome.NEW || outcome == Outcome.CHANGED) {
				writing.add(i);
			}
		}
		List<List<Integer>> batches = new ArrayList<>();
		for (int from = 0; from < Math.max(1, writing.size()); from += batchSize) {
			batches.add(writing.subList(Math.min(from, writing.size()), Math.min(writing.size(), from + batchSize)));
		}
		String sha256 = (String) header.get("sha256");
		String[] source = new String[1];
		int[] done = new int[1];
		try {
			for (int b = 0; b < batches.size(); b++) {
				boolean first = b == 0;
				boolean last = b == batches.size() - 1;
				List<Integer> batch = batches.get(b);
				this.transactions.execute((status) -> {
					if (first) {
						requireStatus(importKey, "previewed");
						// The file becomes a source once something cites it.
						source[0] = writing.isEmpty() ? this.registration.registered(sha256).orElse(null)
								: this.registration.registerSheet((String) header.get("fileName"), sha256, kind.id(),
										actor);
						Map<String, @Nullable Object> started = new HashMap<>();
						started.put("source", source[0]);
						started.put("status", last ? "previewed" : "committing");
						this.store.set(importKey, started);
					}
					else {
						requireStatus(importKey, "committing");
					}
					Map<Integer, SheetKind.Written> written = new HashMap<>();
					for (int i : batch) {
						RowPlan plan = plans.get(i);
						try {
							written.put(i, kind.write(plan, new SourceInput(source[0], rows.get(i).text()), actor));
						}
						catch (EditRefused refused) {
							throw new SheetRefused(Reason.of("sheet.refusal.rowAtCommit", plan.number(),
									String.join("; ", refused.errors().stream().map(UserError::message).toList())));
						}
						progress.report(++done[0] / (double) Math.max(1, writing.size()));
					}
					List<String> keys = written.values()
						.stream()
						.flatMap((w) -> Stream.concat(Stream.of(w.key()),
								w.before().stream().map(SheetKind.Created::key)))
						.distinct()
						.toList();
					Map<String, Integer> versions = this.store.versions(keys);
					// Rows that wrote change, and at the end those whose outcome differs
					// from
					// the preview's.
					List<Map<String, @Nullable Object>> updates = new ArrayList<>();
					for (int i = 0; i < plans.size(); i++) {
						if (written.containsKey(i) || (last && !writing.contains(i)
								&& plans.get(i).outcome() != rows.get(i).previewed())) {
							updates
								.add(rows.get(i).outcome(importKey, plans.get(i), written.get(i), versions, this.json));
						}
					}
					this.store.updateRows(updates);
					this.audit.tieTo(importKey, keys);
					if (last) {
						committed(actor, importKey, counts, source[0], allOrNothing);
					}
					return null;
				});
			}
		}
		catch (RuntimeException failed) {
			if (batches.size() > 1) {
				undoPartialCommit(actor, importKey, source[0]);
			}
			throw failed;
		}
		return new Counts(counts.get("new"), counts.get("changed"), counts.get("unchanged"), counts.get("refused"));
	}

	private void committed(Actor actor, String importKey, Map<String, Integer> counts, @Nullable String source,
			boolean allOrNothing) {
		Map<String, @Nullable Object> committed = new HashMap<>(counts);
		committed.put("status", "committed");
		committed.put("committedBy", actor.name());
		committed.put("committedAt", ZonedDateTime.now(ZoneOffset.UTC));
		committed.put("allOrNothing", allOrNothing);
		this.transactions.executeWithoutResult((status) -> this.store.set(importKey, committed));
		Map<String, Object> after = new TreeMap<>(counts);
		after.put("status", "committed");
		if (source != null) {
			after.put("source", source);
		}
		this.audit.record(actor.name(), "commitImport", "SheetImport", importKey, Map.of("status", "previewed"), after);
	}

	// A commit of several transactions that fails part-way takes back the batches already
	// written, so a coordinator sees all of it or none.
	private void undoPartialCommit(Actor actor, String importKey, @Nullable String source) {
		this.transactions.execute((status) -> {
			if (!"committing".equals(this.store.lock(importKey).orElse(null))) {
				return null;
			}
			undo(actor, importKey, source);
			this.store.clearWritten(importKey);
			this.store.set(importKey, Map.of("status", "previewed"));
			return null;
		});
	}

	/**
	 * Takes a committed import back as one change: the facts it recorded withdrawn, the
	 * ones it changed set back, each audited, while none has been edited since.
	 * @throws SheetRefused if the import is not committed, or a fact was edited since
	 */
	public Undone rollback(Actor actor, String importKey) {
		FactWriter.requireEditor(actor);
		Map<String, Object> header = header(importKey);
		String source = (String) header.get("source");
		return this.transactions.execute((status) -> {
			String current = this.store.lock(importKey)
				.orElseThrow(() -> new SheetRefused(Reason.of("sheet.refusal.unknownImport", importKey)));
			// A commit cut off part-way (the server stopped) is rolled back like a whole
			// one.
			if (!"committed".equals(current) && !"committing".equals(current)) {
				throw new SheetRefused(Reason.of("sheet.refusal.status." + current, importKey));
			}
			Undone undone = undo(actor, importKey, source);
			Map<String, @Nullable Object> rolledBack = new HashMap<>();
			rolledBack.put("status", "rolled-back");
			rolledBack.put("rolledBackBy", actor.name());
			rolledBack.put("rolledBackAt", ZonedDateTime.now(ZoneOffset.UTC));
			this.store.set(importKey, rolledBack);
			this.audit.record(actor.name(), "rollbackImport", "SheetImport", importKey, Map.of("status", current),
					Map.of("status", "rolled-back", "withdrawn", undone.withdrawn(), "restored", undone.restored()));
			return undone;
		});
	}

	/** Withdraws or sets back every fact the import's rows wrote, last row first. */
	private Undone undo(Actor actor, String importKey, @Nullable String source) {
		int withdrawn = 0;
		int restored = 0;
		for (Map<String, Object> row : this.store.rows(importKey).reversed()) {
			String fact = (String) row.get("fact");
			if (fact == null) {
				continue;
			}
			String label = (String) row.get("label");
			int version = ((Number) row.get("version")).intValue();
			try {
				if ("created".equals(row.get("written"))) {
					this.writer.withdraw(actor, label, fact, version, "rollbackImport", importKey);
					withdrawn++;
				}
				else {
					Map<String, @Nullable Object> restore = this.json.readValue((String) row.get("restore"),
							new TypeReference<Map<String, @Nullable Object>>() {
							});
					this.writer.revert(actor, label, fact, version, restore,
							new SourceInput(source, (String) row.get("text")), "rollbackImport");
					restored++;
				}
			}
			catch (EditRefused refused) {
				throw new SheetRefused(Reason.of("sheet.refusal.editedSince", row.get("number"), fact,
						String.join("; ", refused.errors().stream().map(UserError::message).toList())));
			}
			if (row.get("before") instanceof String before) {
				List<Map<String, Object>> created = new ArrayList<>(
						this.json.readValue(before, new TypeReference<List<Map<String, Object>>>() {
						}));
				for (Map<String, Object> earlier : created.reversed()) {
					String key = (String) earlier.get("key");
					try {
						this.writer.withdraw(actor, (String) earlier.get("label"), key,
								((Number) earlier.get("version")).intValue(), "rollbackImport", importKey);
						withdrawn++;
					}
					catch (EditRefused refused) {
						throw new SheetRefused(Reason.of("sheet.refusal.editedSince", row.get("number"), key,
								String.join("; ", refused.errors().stream().map(UserError::message).toList())));
					}
				}
			}
		}
		return new Undone(withdrawn, restored);
	}

	private List<RowPlan> plan(SheetKind kind, List<StoredRow> rows, Actor actor) {
		List<RowValues> toPlan = new ArrayList<>();
		for (StoredRow row : rows) {
			if (row.readReasons().isEmpty()) {
				toPlan.add(row.values());
			}
		}
		List<RowPlan> planned = toPlan.isEmpty() ? List.of() : kind.plan(toPlan, actor);
		Map<Integer, RowPlan> byNumber = new HashMap<>();
		planned.forEach((plan) -> byNumber.put(plan.number(), plan));
		// Rows outside the writer's remit are refused now, not at the commit.
		List<RowPlan> writing = planned.stream().filter((plan) -> plan.remit() != null).toList();
		Set<Integer> outside = this.writer.outsideRemit(actor, writing.stream().map(RowPlan::remit).toList());
		outside.forEach((i) -> {
			RowPlan plan = writing.get(i);
			byNumber.put(plan.number(), RowPlan.refused(plan.number(),
					List.of(new RowReason(null, Reason.of("sheet.refusal.outsideRemit"))), plan.summary()));
		});
		return rows.stream()
			.map((row) -> row.readReasons().isEmpty() ? byNumber.get(row.number())
					: RowPlan.refused(row.number(), row.readReasons(), ""))
			.toList();
	}

	private static Map<String, Integer> counted(List<RowPlan> plans) {
		Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
		Arrays.stream(Outcome.values()).forEach((o) -> counts.put(o, 0));
		plans.forEach((plan) -> counts.merge(plan.outcome(), 1, Integer::sum));
		Map<String, Integer> named = new TreeMap<>();
		named.put("rows", plans.size());
		named.put("new", counts.get(Outcome.NEW));
		named.put("unchanged", counts.get(Outcome.UNCHANGED));
		named.put("changed", counts.get(Outcome.CHANGED));
		named.put("refused", counts.get(Outcome.REFUSED));
		return named;
	}

	private Map<String, Object> header(String importKey) {
		return this.store.header(importKey)
			.orElseThrow(() -> new SheetRefused(Reason.of("sheet.refusal.unknownImport", importKey)));
	}

	private void requireStatus(String importKey, String wanted) {
		String status = this.store.lock(importKey)
			.orElseThrow(() -> new SheetRefused(Reason.of("sheet.refusal.unknownImport", importKey)));
		if (!wanted.equals(status)) {
			throw new SheetRefused(Reason.of("sheet.refusal.status." + status, importKey));
		}
	}

	/** The template's example row, by the columns of this sheet. */
	private static Map<Integer, String> example(ColumnMatch match, SheetKind kind) {
		Map<String, String> byField = new HashMap<>();
		kind.columns().forEach((c) -> byField.put(c.key(), c.example()));
		Map<Integer, String> example = new HashMap<>();
		match.fields().forEach((column, field) -> example.put(column, byField.getOrDefault(field, "")));
		return example;
	}

	/** Whether the row is the template's example, left as it was. */
	private static boolean isExample(SheetRow row, Map<Integer, String> example) {
		boolean any = false;
		for (Map.Entry<Integer, String> column : example.entrySet()) {
			String cell = row.cell(column.getKey());
			if (!column.getValue().equals((cell != null) ? cell : "")) {
				return false;
			}
			any |= cell != null;
		}
		return any;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A data row as kept with its import: its cells, its text (the excerpt its facts
	 * cite), the fields its columns fill, and what reading it found wrong.
	 */
	record StoredRow(int number, List<String> cells, String text, Map<String, String> fields,
			List<RowReason> readReasons, @Nullable Outcome previewed) {

		static StoredRow of(SheetRow row, ColumnMatch match) {
			List<String> cells = new ArrayList<>();
			for (String cell : row.cells()) {
				cells.add((cell != null) ? cell : "");
			}
			String text = "第" + row.number() + "行："
					+ String.join(" | ", cells.stream().filter((c) -> !c.isEmpty()).toList());
			Map<String, String> fields = new HashMap<>();
			match.fields().forEach((column, field) -> {
				String cell = row.cell(column);
				if (cell != null) {
					fields.put(field, cell);
				}
			});
			List<RowReason> reasons = new ArrayList<>();
			if (row.hidden()) {
				reasons.add(new RowReason(null, Reason.of("sheet.refusal.hiddenRow")));
			}
			row.problems().forEach((column, problem) -> {
				String field = match.fields().get(column);
				if (field != null) {
					reasons.add(new RowReason(field, problem));
				}
			});
			if (text.length() > MAX_EXCERPT) {
				reasons.add(new RowReason(null, Reason.of("sheet.refusal.rowTooLong", MAX_EXCERPT)));
			}
			return new StoredRow(row.number(), cells, text, fields, reasons, null);
		}

		@SuppressWarnings("unchecked")
		static StoredRow from(Map<String, Object> stored, Map<Integer, String> mapping, JsonMapper json) {
			List<String> cells = (List<String>) stored.get("cells");
			String read = (String) stored.get("readReasons");
			List<RowReason> reasons = (read != null) ? Arrays.asList(json.readValue(read, RowReason[].class))
					: List.of();
			Map<String, String> fields = new HashMap<>();
			mapping.forEach((column, field) -> {
				if (column < cells.size() && !cells.get(column).isEmpty()) {
					fields.put(field, cells.get(column));
				}
			});
			return new StoredRow(((Number) stored.get("number")).intValue(), cells, (String) stored.get("text"), fields,
					reasons, Outcome.valueOf((String) stored.get("outcome")));
		}

		RowValues values() {
			return new RowValues(this.number, this.fields, this.text);
		}

		Map<String, Object> properties(String importKey, RowPlan plan, JsonMapper json) {
			Map<String, Object> properties = new HashMap<>();
			properties.put("key", importKey + ":" + this.number);
			properties.put("number", this.number);
			properties.put("cells", this.cells);
			properties.put("text", this.text);
			properties.put("textHash", DocumentTexts.rowHash(this.text));
			if (!this.readReasons.isEmpty()) {
				properties.put("readReasons", json.writeValueAsString(this.readReasons));
			}
			properties.putAll(planned(plan, json));
			return properties;
		}

		Map<String, @Nullable Object> outcome(String importKey, RowPlan plan, SheetKind.@Nullable Written written,
				Map<String, Integer> versions, JsonMapper json) {
			Map<String, @Nullable Object> properties = new HashMap<>();
			if (plan.outcome() != this.previewed) {
				properties.putAll(planned(plan, json));
			}
			properties.put("key", importKey + ":" + this.number);
			if (written != null) {
				properties.put("fact", written.key());
				properties.put("label", written.label());
				properties.put("written", written.created() ? "created" : "changed");
				properties.put("version", versions.get(written.key()));
				properties.put("restore", json.writeValueAsString(written.restore()));
				if (!written.before().isEmpty()) {
					List<Map<String, Object>> before = new ArrayList<>();
					written.before()
						.forEach((c) -> before.add(Map.of("key", c.key(), "label", c.label(), "version",
								versions.getOrDefault(c.key(), 1))));
					properties.put("before", json.writeValueAsString(before));
				}
			}
			return properties;
		}

		private static Map<String, Object> planned(RowPlan plan, JsonMapper json) {
			Map<String, Object> properties = new HashMap<>();
			properties.put("outcome", plan.outcome().name());
			properties.put("summary", plan.summary());
			properties.put("reasons", json.writeValueAsString(plan.reasons()));
			if (plan.existing() != null) {
				properties.put("existing", plan.existing());
			}
			return properties;
		}

	}

}
