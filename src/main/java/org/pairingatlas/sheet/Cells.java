package org.pairingatlas.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads what coordinators write in cells into the values the mutations take: dates in the
 * forms sheets hold them (2021-05-01, 2021/5/1, 2021.5, 2021年5月, an Excel serial number),
 * yes and no, a vocabulary's words, amounts with 元, 万元 or 亿元. Each refuses what it cannot
 * read with a reason naming the value.
 */
public final class Cells {

	private static final Pattern DATE = Pattern.compile("(\\d{4})(?:[-/.年](\\d{1,2})(?:[-/.月](\\d{1,2})日?)?月?)?年?");

	private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.0+)?");

	private static final Pattern AMOUNT = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(亿元|亿|万元|万|元)?");

	private static final Set<String> YES = Set.of("是", "确认", "已确认", "yes", "y", "true", "1", "√", "✓", "✔");

	private static final Set<String> NO = Set.of("否", "未确认", "待确认", "no", "n", "false", "0", "×", "✗");

	// Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in).
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private Cells() {
	}

	/** The outcome of reading a cell: its value, or why it could not be read. */
	public record Read<T>(@Nullable T value, @Nullable Reason problem) {

		static <T> Read<T> of(@Nullable T value) {
			return new Read<>(value, null);
		}

		static <T> Read<T> refused(Reason problem) {
			return new Read<>(null, problem);
		}

	}

	/** A date as the mutations take it: YYYY, YYYY-MM or YYYY-MM-DD. */
	public static Read<String> date(@Nullable String text) {
		if (text == null) {
			return Read.of(null);
		}
		String value = text.strip();
		if (SERIAL.matcher(value).matches()) {
			int days = (int) Double.parseDouble(value);
			if (days >= 1 && days < 2_958_466) {
				return Read.of(EXCEL_EPOCH.plusDays(days).toString());
			}
		}
		Matcher date = DATE.matcher(value);
		if (!date.matches()) {
			return Read.refused(Reason.of("sheet.refusal.date", value));
		}
		int year = Integer.parseInt(date.group(1));
		if (date.group(2) == null) {
			return Read.of(String.format(Locale.ROOT, "%04d", year));
		}
		int month = Integer.parseInt(date.group(2));
		if (month < 1 || month > 12) {
			return Read.refused(Reason.of("sheet.refusal.date", value));
		}
		if (date.group(3) == null) {
			return Read.of(String.format(Locale.ROOT, "%04d-%02d", year, month));
		}
		try {
			return Read.of(LocalDate.of(year, month, Integer.parseInt(date.group(3))).toString());
		}
		catch (java.time.DateTimeException ex) {
			return Read.refused(Reason.of("sheet.refusal.date", value));
		}
	}

	/** A count of people or visits: 30, 30人, 120人次, 5次. */
	public static Read<BigDecimal> count(@Nullable String text) {
		if (text == null) {
			return Read.of(null);
		}
		String number = text.strip().replaceAll("\\s*(人次|人|名|次|批)$", "");
		if (!number.matches("[0-9][0-9,]*")) {
			return Read.refused(Reason.of("sheet.refusal.count", text));
		}
		return Read.of(new BigDecimal(number.replace(",", "")));
	}

	/** A year: 2021, 2021年, or a date's year (2021-05). */
	public static Read<Integer> year(@Nullable String text) {
		if (text == null) {
			return Read.of(null);
		}
		Read<String> date = date(text.strip().replaceAll("年$", ""));
		if (date.problem() != null || date.value() == null || SERIAL.matcher(text.strip()).matches()) {
			return Read.refused(Reason.of("sheet.refusal.year", text));
		}
		return Read.of(Integer.parseInt(date.value().substring(0, 4)));
	}

	/** Yes or no: 是/否, yes/no, true/false, 1/0, ✓/×. */
	public static Read<Boolean> yesNo(@Nullable String text) {
		if (text == null) {
			return Read.of(null);
		}
		String value = text.strip().toLowerCase(Locale.ROOT);
		if (YES.contains(value)) {
			return Read.of(true);
		}
		if (NO.contains(value)) {
			return Read.of(false);
		}
		return Read.refused(Reason.of("sheet.refusal.yesNo", text));
	}

	/** One of the column's words: its value, its Chinese or English word or an alias. */
	public static Read<String> word(@Nullable String text, List<Word> words) {
		if (text == null) {
			return Read.of(null);
		}
		String value = fold(text);
		for (Word word : words) {
			if (value.equals(fold(word.value())) || value.equals(fold(word.zh())) || value.equals(fold(word.en()))
					|| word.aliases().stream().anyMatch((alias) -> value.equals(fold(alias)))) {
				return Read.of(word.value());
			}
		}
		return Read
			.refused(Reason.of("sheet.refusal.word", text, String.join("、", words.stream().map(Word::zh).toList())));
	}

	/**
	 * An amount in yuan: 1200000, 1,200,000, 120万元, 120万, 1.2亿元; refuses a negative or
	 * unreadable amount.
	 */
	public static Read<BigDecimal> yuan(@Nullable String text) {
		if (text == null) {
			return Read.of(null);
		}
		Matcher amount = AMOUNT.matcher(text.strip());
		if (!amount.matches()) {
			return Read.refused(Reason.of("sheet.refusal.amount", text));
		}
		BigDecimal number = new BigDecimal(amount.group(1).replace(",", ""));
		String unit = amount.group(2);
		if (unit != null && unit.startsWith("亿")) {
			number = number.scaleByPowerOfTen(8);
		}
		else if (unit != null && unit.startsWith("万")) {
			number = number.scaleByPowerOfTen(4);
		}
		return Read.of(number.stripTrailingZeros().scale() < 0 ? number.setScale(0) : number.stripTrailingZeros());
	}

	/** Text compared as words are: lower case, no spaces or brackets. */
	static String fold(String text) {
		return SheetFile.normalise(text).toLowerCase(Locale.ROOT).replaceAll("[\\s()（）\\[\\]【】*＊:：]", "");
	}

}
