package org.pairingatlas.source.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.ui.EditForm;
import org.pairingatlas.security.Actors;
import org.pairingatlas.source.DocumentRegistration;
import org.pairingatlas.source.RegisterDocumentInput;

import org.springframework.stereotype.Component;

/**
 * Registers a document (its kind, number, title, issuer, date and address) with its text
 * pasted or its file uploaded, through the same service as the {@code registerDocument}
 * mutation and the upload endpoint.
 */
class DocumentForm extends EditForm {

	private static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

	private final Select<String> kind = new Select<>();

	private final TextField number = new TextField();

	private final TextField title = new TextField();

	private final TextField issuer = new TextField();

	private final TextField date = new TextField();

	private final TextField url = new TextField();

	private final TextArea text = new TextArea();

	private final Factory factory;

	private DocumentRegistration.@Nullable UploadedFile file;

	DocumentForm(Factory factory, Runnable onSaved) {
		super(UI.getCurrent().getTranslation("documents.register"), onSaved);
		this.factory = factory;
		this.kind.setLabel(getTranslation("documents.kind"));
		this.kind.setItems(DocumentRegistration.KINDS.stream().sorted().toList());
		this.kind.setItemLabelGenerator((value) -> getTranslation("source." + value));
		this.kind.setId("document-kind");
		this.number.setLabel(getTranslation("documents.number"));
		this.title.setLabel(getTranslation("documents.docTitle"));
		this.title.setId("document-title");
		this.issuer.setLabel(getTranslation("documents.issuer"));
		this.date.setLabel(getTranslation("documents.date"));
		this.date.setHelperText("YYYY, YYYY-MM, YYYY-MM-DD");
		this.url.setLabel(getTranslation("documents.url"));
		this.text.setLabel(getTranslation("documents.text"));
		this.text.setHelperText(getTranslation("documents.textHelp"));
		this.text.setId("document-text-input");
		this.text.setMaxHeight("16rem");
		field("kind", this.kind);
		field("title", this.title);
		field("number", this.number);
		field("issuer", this.issuer);
		field("date", this.date);
		field("url", this.url);
		field("text", this.text);
		add(createUpload(), 2);
	}

	private Upload createUpload() {
		Upload upload = new Upload(UploadHandler.inMemory((metadata,
				content) -> this.file = new DocumentRegistration.UploadedFile(metadata.fileName(), content)));
		upload.setId("document-file");
		upload.setMaxFiles(1);
		upload.setMaxFileSize(MAX_FILE_BYTES);
		upload.setAcceptedFileTypes(".pdf", ".docx", ".xlsx", ".html", ".htm", ".txt");
		upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("documents.file")));
		upload.addFileRemovedListener((e) -> this.file = null);
		return upload;
	}

	/** A file as if uploaded, for the browserless tests. */
	void attach(String name, byte[] content) {
		this.file = new DocumentRegistration.UploadedFile(name, content);
	}

	@Override
	protected String submit() {
		RegisterDocumentInput input = new RegisterDocumentInput(this.kind.getValue(),
				blankToNull(this.number.getValue()), blankToNull(this.title.getValue()),
				blankToNull(this.issuer.getValue()), blankToNull(this.date.getValue()),
				blankToNull(this.url.getValue()), (this.file != null) ? null : blankToNull(this.text.getValue()));
		return this.factory.registration.register(input, this.file, this.factory.actors.current());
	}

	/** Opens the form with the services it needs. */
	@Component
	static class Factory {

		private final DocumentRegistration registration;

		private final Actors actors;

		Factory(DocumentRegistration registration, Actors actors) {
			this.registration = registration;
			this.actors = actors;
		}

		void register(Runnable onSaved) {
			new DocumentForm(this, onSaved).open();
		}

	}

}
