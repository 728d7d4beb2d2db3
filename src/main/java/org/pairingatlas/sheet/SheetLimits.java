package org.pairingatlas.sheet;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of an uploaded sheet is read: beyond any of these the file is refused whole,
 * so memory and time stay bounded whatever is uploaded.
 *
 * @param maxFileBytes the largest file accepted
 * @param maxUnpackedBytes the most any part of an XLSX file may unpack to (a zip bomb
 * unpacks to far more)
 * @param maxRows the most rows under the header
 * @param maxColumns the most columns
 * @param maxCellChars the most characters of a cell kept (longer cells are refused by
 * their column's rule)
 * @param commitTimeout how long one transaction of a commit may take
 * @param commitBatch the most rows a commit writes in one transaction: a larger import
 * commits in transactions of this size (a transaction's memory is bounded by the
 * database), and one failing takes back those before it
 * @param keepPreviews how long a preview never committed is kept; older ones are removed
 * when the next preview is made
 */
@ConfigurationProperties("pairing-atlas.sheets")
public record SheetLimits(@DefaultValue("20971520") long maxFileBytes, @DefaultValue("268435456") long maxUnpackedBytes,
		@DefaultValue("100000") int maxRows, @DefaultValue("200") int maxColumns,
		@DefaultValue("4000") int maxCellChars, @DefaultValue("30m") Duration commitTimeout,
		@DefaultValue("5000") int commitBatch, @DefaultValue("7d") Duration keepPreviews) {

	/** The defaults, for readers outside the application (tests, benchmarks). */
	public static SheetLimits defaults() {
		return new SheetLimits(20_971_520, 268_435_456, 100_000, 200, 4000, Duration.ofMinutes(30), 5000,
				Duration.ofDays(7));
	}

}
