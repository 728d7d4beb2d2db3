package org.pairingatlas.sheet.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.edit.UserError;
import org.pairingatlas.base.graphql.Page;
import org.pairingatlas.base.ui.Translations;
import org.pairingatlas.security.Actors;
import org.pairingatlas.sheet.ImportReads;
import org.pairingatlas.sheet.ImportRefusals;
import org.pairingatlas.sheet.ImportRowView;
import org.pairingatlas.sheet.ImportView;
import org.pairingatlas.sheet.Outcome;
import org.pairingatlas.sheet.SheetColumn;
import org.pairingatlas.sheet.SheetImports;
import org.pairingatlas.sheet.SheetKind;
import org.pairingatlas.sheet.SheetRefused;
import org.pairingatlas.sheet.SheetTemplate;

import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Where coordinators import their sheets: pick the kind and download its template, upload
 * the filled sheet, check which column fills which field, preview every row's outcome
 * with the reasons of each refusal, then import (as a whole or the accepted rows) while a
 * bar shows how far it has come; past imports are listed, and a committed one is rolled
 * back here. Long steps run beside the page, which stays usable.
 */
@Route("imports")
@Menu(order = 7, icon = "vaadin:upload", title = "导入 Imports")
public class ImportsView extends VerticalLayout implements HasDynamicTitle {

	private static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

	private final SheetImports imports;

	private final ImportReads reads;

	private final Actors actors;

	private final Translations words;

	private final TaskExecutor executor;

	private final Select<SheetKind> kind = new Select<>();

	private final Anchor template = new Anchor();

	private final Div message = new Div();

	private final VerticalLayout columns = new VerticalLayout();

	private final Map<Integer, Select<String>> columnChoices = new HashMap<>();

	private final Button preview = new Button();

	private final ProgressBar progress = new ProgressBar(0, 1);

	private final Span counts = new Span();

	private final Select<Outcome> outcome = new Select<>();

	private final Grid<ImportRowView> rows = new Grid<>();

	private final Checkbox allOrNothing = new Checkbox();

	private final Button commit = new Button();

	private final Anchor refusals = new Anchor();

	private final Grid<ImportView> history = new Grid<>();

	private final VerticalLayout results = new VerticalLayout();

	private SheetImports.@Nullable Upload upload;

	private @Nullable ImportView shown;

	private CompletableFuture<?> running = CompletableFuture.completedFuture(null);

	ImportsView(SheetImports imports, ImportReads reads, Actors actors, Translations words, TaskExecutor executor) {
		this.imports = imports;
		this.reads = reads;
		this.actors = actors;
		this.words = words;
		this.executor = executor;
		setId("imports-view");
		add(new H1(getTranslation("imports.title")));
		if (!actors.current().coordinator()) {
			add(new Paragraph(getTranslation("imports.coordinatorsOnly")));
			return;
		}
		add(new Paragraph(getTranslation("imports.intro")), createUploadBar(), this.message, this.columns,
				createPreviewBar(), this.progress, createResults(), new H3(getTranslation("imports.history")),
				createHistory());
		this.message.setId("imports-message");
		this.progress.setId("imports-progress");
		this.progress.setVisible(false);
		this.columns.setId("imports-columns");
		this.columns.setPadding(false);
		showKind(this.kind.getValue());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("imports.title") + " · " + getTranslation("app.name");
	}

	private FlexLayout createUploadBar() {
		this.kind.setLabel(getTranslation("imports.kind"));
		this.kind.setId("imports-kind");
		this.kind.setItems(this.imports.kinds());
		this.kind.setItemLabelGenerator((k) -> getTranslation("imports.kind." + k.id()));
		this.kind.setValue(this.imports.kind("township-pairings").orElse(this.imports.kinds().get(0)));
		this.kind.addValueChangeListener((e) -> showKind(e.getValue()));
		this.template.setId("imports-template");
		this.template.setText(getTranslation("imports.template"));
		Upload file = new Upload(UploadHandler.inMemory((metadata, content) -> read(metadata.fileName(), content)));
		file.setId("imports-file");
		file.setMaxFiles(1);
		file.setMaxFileSize(MAX_FILE_BYTES);
		file.setAcceptedFileTypes(".xlsx");
		file.setDropLabel(new Span(getTranslation("imports.file")));
		FlexLayout bar = new FlexLayout(this.kind, this.template, file);
		bar.addClassName("pa-toolbar");
		bar.setAlignItems(Alignment.END);
		return bar;
	}

	private void showKind(SheetKind chosen) {
		this.template.setHref(DownloadHandler
			.fromInputStream((event) -> new DownloadResponse(new ByteArrayInputStream(SheetTemplate.of(chosen)),
					chosen.id() + "-template.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					-1)));
		this.template.getElement().setAttribute("download", true);
		this.upload = null;
		this.columns.removeAll();
		this.preview.setEnabled(false);
	}

	/** Reads an uploaded file as the chosen kind's sheet and shows its columns. */
	void read(String fileName, byte[] content) {
		this.message.removeAll();
		this.columns.removeAll();
		this.columnChoices.clear();
		this.upload = null;
		this.preview.setEnabled(false);
		try {
			this.upload = this.imports.read(this.actors.current(), this.kind.getValue().id(), fileName, content);
		}
		catch (SheetRefused refused) {
			refuse(refused.reason().in(this.words, getLocale()));
			return;
		}
		catch (EditRefused refused) {
			refuse(String.join("; ", refused.errors().stream().map(UserError::message).toList()));
			return;
		}
		SheetImports.Upload read = this.upload;
		this.columns.add(new Span(
				getTranslation("imports.columnsFound", fileName, read.sheet().name(), read.match().headerRow())));
		FlexLayout choices = new FlexLayout();
		choices.addClassName("pa-toolbar");
		choices.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		List<String> fields = new ArrayList<>();
		fields.add("");
		read.kind().columns().forEach((c) -> fields.add(c.key()));
		read.match().headers().forEach((column, header) -> {
			Select<String> choice = new Select<>();
			choice.setLabel(header);
			choice.setItems(fields);
			choice.setItemLabelGenerator((field) -> field.isEmpty() ? getTranslation("imports.notImported")
					: columnLabel(read.kind(), field));
			choice.setValue(read.match().fields().getOrDefault(column, ""));
			choice.setId("imports-column-" + column);
			this.columnChoices.put(column, choice);
			choices.add(choice);
		});
		this.columns.add(choices);
		if (!read.sheet().ignoredSheets().isEmpty()) {
			this.columns
				.add(new Span(getTranslation("imports.ignoredSheets", String.join("、", read.sheet().ignoredSheets()))));
		}
		this.preview.setEnabled(true);
	}

	private FlexLayout createPreviewBar() {
		this.preview.setText(getTranslation("imports.preview"));
		this.preview.setId("imports-preview");
		this.preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.preview.setEnabled(false);
		this.preview.addClickListener((e) -> startPreview());
		FlexLayout bar = new FlexLayout(this.preview);
		bar.addClassName("pa-toolbar");
		return bar;
	}

	private void startPreview() {
		SheetImports.Upload read = this.upload;
		if (read == null) {
			return;
		}
		Map<Integer, String> choices = new HashMap<>();
		this.columnChoices.forEach((column, choice) -> choices.put(column, choice.getValue()));
		Actor actor = this.actors.current();
		run((progress) -> this.imports.preview(actor, read, choices, progress), (key) -> {
			this.upload = null;
			this.columns.removeAll();
			this.preview.setEnabled(false);
			show(key);
		});
	}

	private VerticalLayout createResults() {
		this.counts.setId("imports-counts");
		this.outcome.setLabel(getTranslation("imports.outcome"));
		this.outcome.setId("imports-outcome");
		this.outcome.setItems(Outcome.values());
		this.outcome.setEmptySelectionAllowed(true);
		this.outcome.setEmptySelectionCaption(getTranslation("imports.allRows"));
		this.outcome.setItemLabelGenerator((o) -> (o != null) ? getTranslation("imports.outcome." + o) : "");
		this.outcome.addValueChangeListener((e) -> this.rows.getDataProvider().refreshAll());
		this.rows.setId("imports-rows");
		this.rows.addColumn(ImportRowView::number).setHeader(getTranslation("imports.row")).setAutoWidth(true);
		this.rows.addColumn((r) -> getTranslation("imports.outcome." + r.outcome()))
			.setHeader(getTranslation("imports.outcome"))
			.setAutoWidth(true);
		this.rows.addColumn(ImportRowView::summary).setHeader(getTranslation("imports.summary")).setFlexGrow(2);
		this.rows.addColumn(this::reasons).setHeader(getTranslation("imports.reasons")).setFlexGrow(3);
		this.rows.setItems((query) -> {
			ImportView view = this.shown;
			if (view == null) {
				return java.util.stream.Stream.empty();
			}
			return this.reads.rows(view.key(), this.outcome.getValue(), new Page(query.getOffset(), query.getLimit()))
				.edges()
				.stream()
				.map((edge) -> edge.node());
		}, (query) -> {
			ImportView view = this.shown;
			return (view == null) ? 0
					: (int) this.reads.rows(view.key(), this.outcome.getValue(), new Page(0, 1)).totalCount();
		});
		this.rows.setHeight("24rem");
		this.allOrNothing.setLabel(getTranslation("imports.allOrNothing"));
		this.allOrNothing.setId("imports-all-or-nothing");
		this.commit.setText(getTranslation("imports.commit"));
		this.commit.setId("imports-commit");
		this.commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.commit.addClickListener((e) -> startCommit());
		this.refusals.setText(getTranslation("imports.refusals"));
		this.refusals.setId("imports-refusals");
		FlexLayout actions = new FlexLayout(this.outcome, this.allOrNothing, this.commit, this.refusals);
		actions.addClassName("pa-toolbar");
		actions.setAlignItems(Alignment.END);
		this.results.add(this.counts, actions, this.rows);
		this.results.setId("imports-results");
		this.results.setPadding(false);
		this.results.setVisible(false);
		return this.results;
	}

	private void startCommit() {
		ImportView view = this.shown;
		if (view == null) {
			return;
		}
		Actor actor = this.actors.current();
		boolean whole = this.allOrNothing.getValue();
		run((progress) -> {
			this.imports.commit(actor, view.key(), whole, progress);
			return view.key();
		}, this::show);
	}

	private Grid<ImportView> createHistory() {
		this.history.setId("imports-history");
		this.history.addColumn(ImportView::fileName).setHeader(getTranslation("imports.fileName")).setFlexGrow(2);
		this.history.addColumn((i) -> getTranslation("imports.kind." + i.kind()))
			.setHeader(getTranslation("imports.kind"));
		this.history.addColumn((i) -> getTranslation("imports.status." + i.status()))
			.setHeader(getTranslation("imports.status"));
		this.history.addColumn(ImportView::uploadedBy).setHeader(getTranslation("imports.uploadedBy"));
		this.history.addColumn((i) -> i.uploadedAt().toLocalDate().toString())
			.setHeader(getTranslation("imports.uploadedAt"));
		this.history
			.addColumn((i) -> getTranslation("imports.countsShort", i.rowCount(), i.newCount(), i.changedCount(),
					i.unchangedCount(), i.refusedCount()))
			.setHeader(getTranslation("imports.counts"))
			.setFlexGrow(2);
		this.history.addComponentColumn(this::historyActions).setAutoWidth(true);
		this.history.setItems((query) -> this.reads.recent(new Page(query.getOffset(), query.getLimit()))
			.edges()
			.stream()
			.map((edge) -> edge.node()), (query) -> (int) this.reads.recent(new Page(0, 1)).totalCount());
		this.history.setHeight("18rem");
		return this.history;
	}

	private FlexLayout historyActions(ImportView view) {
		Button open = new Button(getTranslation("imports.open"), (e) -> show(view.key()));
		open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		FlexLayout actions = new FlexLayout(open);
		if ("committed".equals(view.status())) {
			Button rollback = new Button(getTranslation("imports.rollback"), (e) -> rollback(view));
			rollback.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
			rollback.setId("imports-rollback-" + view.key());
			actions.add(rollback);
		}
		return actions;
	}

	void rollback(ImportView view) {
		try {
			SheetImports.Undone undone = this.imports.rollback(this.actors.current(), view.key());
			this.message.removeAll();
			this.message.add(new Span(getTranslation("imports.rolledBack", undone.withdrawn(), undone.restored())));
			show(view.key());
		}
		catch (SheetRefused refused) {
			refuse(refused.reason().in(this.words, getLocale()));
		}
		catch (EditRefused refused) {
			refuse(String.join("; ", refused.errors().stream().map(UserError::message).toList()));
		}
	}

	/** Shows an import's outcome and rows. */
	void show(String importKey) {
		this.shown = this.reads.find(importKey).orElse(null);
		ImportView view = this.shown;
		this.results.setVisible(view != null);
		this.history.getDataProvider().refreshAll();
		if (view == null) {
			return;
		}
		this.counts.setText(getTranslation("imports.summaryLine", view.fileName(),
				getTranslation("imports.status." + view.status()), view.rowCount(), view.newCount(),
				view.changedCount(), view.unchangedCount(), view.refusedCount()));
		this.commit.setVisible("previewed".equals(view.status()));
		this.allOrNothing.setVisible("previewed".equals(view.status()));
		this.refusals.setVisible(view.refusedCount() > 0);
		this.refusals.setHref(DownloadHandler.fromInputStream((event) -> {
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			ImportRefusals.write(this.imports, this.reads, this.words, view.key(), getLocale(), out);
			return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), view.key() + "-refusals.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.size());
		}));
		this.refusals.getElement().setAttribute("download", true);
		this.rows.getDataProvider().refreshAll();
	}

	/** The work now running beside the page, for tests to wait on. */
	CompletableFuture<?> running() {
		return this.running;
	}

	/**
	 * Runs a long step beside the page, the bar following its progress (the page polls
	 * while it runs), then shows its result or why it was refused.
	 */
	private void run(Work work, Consumer<String> done) {
		UI ui = UI.getCurrent();
		this.message.removeAll();
		this.progress.setValue(0);
		this.progress.setVisible(true);
		this.preview.setEnabled(false);
		this.commit.setEnabled(false);
		ui.setPollInterval(500);
		SheetImports.Progress report = (fraction) -> ui.access(() -> this.progress.setValue(Math.min(1, fraction)));
		CompletableFuture<String> future = new CompletableFuture<>();
		this.running = future;
		this.executor.execute(new DelegatingSecurityContextRunnable(() -> {
			try {
				future.complete(work.run(report));
			}
			catch (RuntimeException ex) {
				future.completeExceptionally(ex);
			}
		}));
		future.whenComplete((key, failure) -> ui.access(() -> {
			ui.setPollInterval(-1);
			this.progress.setVisible(false);
			this.commit.setEnabled(true);
			if (failure == null) {
				done.accept(key);
			}
			else if (failure instanceof SheetRefused refused) {
				refuse(refused.reason().in(this.words, getLocale()));
			}
			else if (failure instanceof EditRefused refused) {
				refuse(String.join("; ", refused.errors().stream().map(UserError::message).toList()));
			}
			else {
				refuse(getTranslation("imports.failed"));
			}
		}));
	}

	private void refuse(String why) {
		this.message.removeAll();
		Span refusal = new Span(why);
		refusal.addClassName("pa-error");
		this.message.add(refusal);
	}

	private String reasons(ImportRowView row) {
		SheetKind kind = (this.shown != null) ? this.imports.kind(this.shown.kind()).orElse(null) : null;
		return (kind != null) ? ImportRefusals.reasons(this.imports.headers(kind), row, this.words, getLocale()) : "";
	}

	private String columnLabel(SheetKind kind, String field) {
		SheetColumn.Header header = this.imports.headers(kind).get(field);
		return (header != null) ? header.in(getLocale()) : field;
	}

	/** A long step: given where to report progress, returns the import's key. */
	@FunctionalInterface
	private interface Work {

		String run(SheetImports.Progress progress);

	}

}
