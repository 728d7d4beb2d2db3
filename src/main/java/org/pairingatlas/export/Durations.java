package org.pairingatlas.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;

/**
 * The text form of a Neo4j duration: its months, days and seconds (with nanoseconds) as
 * an ISO-8601 duration, {@code P14M-3DT-0.500000000S}. Months are not folded into years
 * nor days into months, since Neo4j keeps the three apart.
 */
final class Durations {

	private static final Pattern FORM = Pattern.compile("P(-?\\d+)M(-?\\d+)DT(-?\\d+(?:\\.\\d{1,9})?)S");

	private Durations() {
	}

	static String format(IsoDuration duration) {
		BigDecimal seconds = BigDecimal.valueOf(duration.seconds()).add(BigDecimal.valueOf(duration.nanoseconds(), 9));
		return "P" + duration.months() + "M" + duration.days() + "DT" + seconds.toPlainString() + "S";
	}

	static IsoDuration parse(String text) {
		Matcher form = FORM.matcher(text);
		if (!form.matches()) {
			throw new IllegalArgumentException("not of the form P<months>M<days>DT<seconds>S");
		}
		BigDecimal exact = new BigDecimal(form.group(3));
		long seconds = exact.setScale(0, RoundingMode.FLOOR).longValueExact();
		int nanoseconds = exact.subtract(BigDecimal.valueOf(seconds)).movePointRight(9).intValueExact();
		return Values.isoDuration(Long.parseLong(form.group(1)), Long.parseLong(form.group(2)), seconds, nanoseconds)
			.asIsoDuration();
	}

}
