package org.pairingatlas.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.Checks;
import org.xml.sax.SAXException;

/**
 * The text of an uploaded document (PDF, DOCX, XLSX, HTML or plain text), read with
 * Apache Tika: the file's type is told from its content, not its name, and must be what
 * its name says; its text is bounded in length.
 */
final class DocumentFiles {

	/** The most a registered document may hold, in characters. */
	static final int MAX_TEXT = 2_000_000;

	private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "html", "text/html", "htm",
			"text/html", "txt", "text/plain");

	private static final Detector DETECTOR = new DefaultDetector();

	private DocumentFiles() {
	}

	/** The file's text, or null with the reason added to the checks. */
	static @Nullable String text(Checks checks, String fileName, byte[] content) {
		String extension = extension(fileName);
		String expected = TYPES.get(extension);
		if (expected == null) {
			checks.invalid("file", fileName,
					"is not a document this can read; send a PDF, DOCX, XLSX, HTML or TXT file");
			return null;
		}
		MediaType detected = detect(content);
		if (!fits(detected, expected)) {
			checks.invalid("file", fileName, "is named ." + extension + " but holds " + detected.getBaseType()
					+ "; send the file as what it is");
			return null;
		}
		String text = parse(checks, fileName, content);
		if (text != null && text.isBlank()) {
			checks.invalid("file", fileName, "holds no text (a scanned document needs text recognition first)");
			return null;
		}
		return text;
	}

	/**
	 * Text as it is kept: composed characters, one kind of line end, no trailing spaces.
	 */
	static String normalise(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC)
			.replace("\r\n", "\n")
			.replace('\r', '\n')
			.replaceAll("[ \\t\\u00a0\\u3000]+\\n", "\n")
			.replaceAll("\\n{3,}", "\n\n")
			.strip();
	}

	private static boolean fits(MediaType detected, String expected) {
		String base = detected.getBaseType().toString();
		// Plain text has no signature: an HTML file without one reads as text, and text
		// may be any text/* the detector guesses.
		return base.equals(expected) || (expected.startsWith("text/") && base.startsWith("text/"));
	}

	private static MediaType detect(byte[] content) {
		try (InputStream in = new ByteArrayInputStream(content)) {
			return DETECTOR.detect(in, new Metadata());
		}
		catch (IOException ex) {
			return MediaType.OCTET_STREAM;
		}
	}

	private static @Nullable String parse(Checks checks, String fileName, byte[] content) {
		BodyContentHandler handler = new BodyContentHandler(MAX_TEXT);
		try (InputStream in = new ByteArrayInputStream(content)) {
			new AutoDetectParser().parse(in, handler, new Metadata(), new ParseContext());
			return normalise(handler.toString());
		}
		catch (SAXException ex) {
			if (WriteLimitReachedException.isWriteLimitReached(ex)) {
				checks.invalid("file", fileName, "holds more than " + MAX_TEXT + " characters of text");
			}
			else {
				checks.invalid("file", fileName, "could not be read: it is damaged or not what its name says");
			}
			return null;
		}
		catch (IOException | TikaException ex) {
			checks.invalid("file", fileName, "could not be read: it is damaged, encrypted or not what its name says");
			return null;
		}
	}

	private static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return (dot < 0) ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
