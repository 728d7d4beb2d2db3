package org.pairingatlas.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.Checks;
import org.pairingatlas.base.edit.UserError;
import org.pairingatlas.fact.FactWriter;
import org.pairingatlas.fact.NewFact;
import org.pairingatlas.fact.Uniqueness;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Registers a document coordinators bring (a new plan, a signed agreement, a news report,
 * a county's own list) through the {@link FactWriter}: its text, uploaded as a file and
 * read with Apache Tika or pasted, is kept so that every later excerpt is checked against
 * it; a document is one per file, told by the SHA-256 of its bytes (of its text when
 * pasted).
 */
@Service
public class DocumentRegistration {

	/** The kinds of source a coordinator may register. */
	public static final Set<String> KINDS = Set.of("document", "web", "dataset", "research", "agreement", "news",
			"list");

	private static final String CREATE = """
			CREATE (s:Entity:Source {key: $key})
			SET s += $properties
			CREATE (s)-[:HAS_TEXT]->(:SourceText {text: $text})
			""";

	private static final String CREATE_SHEET = """
			CREATE (s:Entity:Source {key: $key})
			SET s += $properties, s.registeredAt = datetime()
			""";

	private static final String SAME_FILE = """
			MATCH (s:Source {sha256: $sha256})
			RETURN s.key AS key LIMIT 1
			""";

	private final FactWriter writer;

	private final Neo4jClient client;

	DocumentRegistration(FactWriter writer, Neo4jClient client) {
		this.writer = writer;
		this.client = client;
	}

	/** A file as uploaded: its name, for its type, and its bytes. */
	public record UploadedFile(String name, byte[] content) {
	}

	/** Registers the document; returns its key. */
	public String register(RegisterDocumentInput input, @Nullable UploadedFile file, Actor actor) {
		// Reading a file takes time: it is done before the write's transaction opens, and
		// only for someone who may register (the writer refuses anyone else first).
		Checks read = new Checks();
		String text = actor.coordinator() ? text(read, input, file) : null;
		return this.writer.create(actor, (checks) -> {
			read.errors().forEach((error) -> checks.fail(error.field(), error.value(), error.code(), error.message()));
			NewFact document = NewFact.of("Source", "registerDocument", "doc");
			String sha256 = (file != null) ? sha256(file.content())
					: (text != null) ? sha256(text.getBytes(StandardCharsets.UTF_8)) : null;
			document.properties()
				.set("kind", checks.oneOf("kind", input.kind(), KINDS, true))
				.set("number", checks.optionalText("number", input.number(), 200))
				.set("title", checks.text("title", input.title(), 500))
				.set("issuer", checks.optionalText("issuer", input.issuer(), 200))
				.set("date", checks.date("date", input.date()))
				.set("url", checks.optionalText("url", input.url(), 1000))
				.set("sha256", sha256)
				.set("fileName", (file != null) ? file.name() : null)
				.set("origin", "registered");
			return document.citesItself()
				.with("text", text)
				.uniqueBy(() -> sameFile(sha256, (file != null) ? "file" : "text"))
				.writtenBy(CREATE);
		});
	}

	/**
	 * Registers an imported spreadsheet as the source its rows' facts cite (its text is
	 * its rows, kept with the import), or finds it where the same file was imported
	 * before; returns its key.
	 */
	public String registerSheet(String fileName, String sha256, String kind, Actor actor) {
		Optional<String> existing = registered(sha256);
		if (existing.isPresent()) {
			return existing.get();
		}
		return this.writer.create(actor, (checks) -> {
			NewFact document = NewFact.of("Source", "registerDocument", "doc");
			document.properties()
				.set("kind", "list")
				.set("title", checks.text("fileName", fileName, 500))
				.set("sha256", sha256)
				.set("fileName", fileName)
				.set("sheetKind", kind)
				.set("registeredBy", actor.name())
				.set("origin", "sheet");
			return document.citesItself()
				.with("text", null)
				.uniqueBy(() -> sameFile(sha256, "file"))
				.writtenBy(CREATE_SHEET);
		});
	}

	/** The document registered for the file of this hash, if any. */
	public Optional<String> registered(String sha256) {
		return this.client.query(SAME_FILE)
			.bind(sha256)
			.to("sha256")
			.fetch()
			.first()
			.map((row) -> (String) row.get("key"));
	}

	private static @Nullable String text(Checks checks, RegisterDocumentInput input, @Nullable UploadedFile file) {
		if (file != null) {
			if (input.text() != null) {
				checks.invalid("text", null, "send either a file or the text, not both");
				return null;
			}
			return DocumentFiles.text(checks, file.name(), file.content());
		}
		if (input.text() == null || input.text().isBlank()) {
			checks.invalid("text", null, "is required: paste the document's text or upload its file");
			return null;
		}
		String text = DocumentFiles.normalise(input.text());
		if (text.length() > DocumentFiles.MAX_TEXT) {
			checks.invalid("text", null, "holds more than " + DocumentFiles.MAX_TEXT + " characters");
			return null;
		}
		return text;
	}

	private static @Nullable Uniqueness sameFile(@Nullable String sha256, String field) {
		if (sha256 == null) {
			return null;
		}
		return new Uniqueness(List.of(), SAME_FILE, Map.of("sha256", sha256), (existing) -> new UserError(field, null,
				"DUPLICATE", field + ": this document is already registered as " + existing));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
