package org.pairingatlas.sheet;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An import as coordinators and partner systems read it: its file, who did what when, its
 * status and its rows' outcomes counted.
 *
 * @param key its id
 * @param kind the kind of sheet
 * @param fileName the uploaded file's name
 * @param sha256 the file's SHA-256
 * @param status previewed, committed or rolled-back
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 * @param committedBy who committed it, if anyone
 * @param committedAt when
 * @param rolledBackBy who rolled it back, if anyone
 * @param rolledBackAt when
 * @param source the document its facts cite, once committed
 * @param rowCount rows under the header
 * @param newCount rows new
 * @param unchangedCount rows unchanged
 * @param changedCount rows changed
 * @param refusedCount rows refused
 * @param columns the sheet's columns with the field each fills
 */
public record ImportView(String key, String kind, String fileName, String sha256, String status, String uploadedBy,
		OffsetDateTime uploadedAt, @Nullable String committedBy, @Nullable OffsetDateTime committedAt,
		@Nullable String rolledBackBy, @Nullable OffsetDateTime rolledBackAt, @Nullable String source, int rowCount,
		int newCount, int unchangedCount, int changedCount, int refusedCount, List<Column> columns) {

	/** A column of the uploaded sheet and the field it fills (null where none). */
	public record Column(int column, String header, @Nullable String field) {
	}

}
