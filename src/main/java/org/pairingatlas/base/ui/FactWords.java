package org.pairingatlas.base.ui;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Facts that are numbers, in words of the reader's language: a reported figure reads
 * "对口协作资金 11.25 亿元（2016–2020）", a target "空气质量优良天数比例 ≥ 95 %", an exchange "挂职 217 人次", an
 * amount "1,200 万元". Codes we have no word for yet show as they are.
 */
public final class FactWords {

	private FactWords() {
	}

	public static String figure(String measure, @Nullable String dimension, @Nullable String value,
			@Nullable String unit, @Nullable String periodStart, @Nullable String periodEnd, Locale locale) {
		StringBuilder text = new StringBuilder(Translations.wordOr("measure." + measure, measure, locale));
		if (dimension != null && !dimension.isEmpty()) {
			String category = Translations.wordOr("category." + dimension, "", locale);
			text.append(" · ")
				.append(category.isEmpty() ? Translations.wordOr("dimension." + dimension, dimension, locale)
						: category);
		}
		text.append(' ').append((value != null && !value.isEmpty()) ? value : "?").append(unit(unit, locale));
		if (periodStart != null && !periodStart.isEmpty()) {
			boolean chinese = !english(locale);
			text.append(chinese ? "（" : " (")
				.append(periodStart)
				.append((periodEnd != null && !periodEnd.isEmpty() && !periodEnd.equals(periodStart)) ? "–" + periodEnd
						: "")
				.append(chinese ? "）" : ")");
		}
		return text.toString();
	}

	public static String target(String indicator, @Nullable String comparator, @Nullable String value,
			@Nullable String unit, Locale locale) {
		String sign = switch ((comparator != null) ? comparator : "") {
			case ">=" -> " ≥ ";
			case "<=" -> " ≤ ";
			case "~" -> " ≈ ";
			default -> " ";
		};
		return indicator + sign + ((value != null) ? value : "?") + unit(unit, locale);
	}

	public static String exchange(String kind, @Nullable String count, @Nullable String unit, Locale locale) {
		return Translations.wordOr("exchange." + kind, kind, locale) + " " + ((count != null) ? count : "?")
				+ unit(unit, locale);
	}

	public static String transfer(@Nullable Long amountFen, Locale locale) {
		String what = Translations.wordOr("transfer.name", "fund transfer", locale);
		return (amountFen != null) ? what + " " + amount(amountFen, locale) : what;
	}

	public static String participation(String role, @Nullable String group, Locale locale) {
		return Translations.wordOr("role." + role, role, locale) + ((group != null) ? " " + group : "");
	}

	public static String discrepancy(String kind, Locale locale) {
		return Translations.wordOr("discrepancy." + kind, kind, locale);
	}

	/** An amount in fen as 亿元 from a hundred million, 万元 from ten thousand, else 元. */
	public static String amount(long fen, Locale locale) {
		BigDecimal yuan = BigDecimal.valueOf(fen).movePointLeft(2);
		String unit;
		BigDecimal shown;
		if (yuan.abs().compareTo(new BigDecimal("100000000")) >= 0) {
			shown = yuan.movePointLeft(8);
			unit = "yi";
		}
		else if (yuan.abs().compareTo(new BigDecimal("10000")) >= 0) {
			shown = yuan.movePointLeft(4);
			unit = "wan";
		}
		else {
			shown = yuan;
			unit = "yuan";
		}
		return String.format(Locale.ROOT, "%,f", shown.stripTrailingZeros())
			.replaceAll("\\.?0+$", "")
			.replaceAll("^$", "0") + unit(unit, locale);
	}

	private static String unit(@Nullable String unit, Locale locale) {
		if (unit == null || unit.isEmpty()) {
			return "";
		}
		String word = Translations.wordOr("unit." + unit, unit, locale);
		return word.equals("%") ? word : " " + word;
	}

	private static boolean english(Locale locale) {
		return Language.ENGLISH.getLanguage().equals(locale.getLanguage());
	}

}
