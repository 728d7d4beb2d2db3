package org.pairingatlas.dashboard;

import java.util.Locale;

import org.pairingatlas.base.ui.Translations;
import org.pairingatlas.figure.ReportedFigure;

/**
 * A reported figure in words: "对口协作资金 · 产业园区 3.15 亿元 (2014–2020)". The measure, the part
 * it counts (a project category or another dimension) and the unit are translated; codes
 * we have no word for yet show as they are.
 */
final class ReportedFigureText {

	private ReportedFigureText() {
	}

	static String of(ReportedFigure figure, Locale locale) {
		StringBuilder text = new StringBuilder(
				Translations.wordOr("measure." + figure.measure(), figure.measure(), locale));
		String dimension = figure.dimension();
		if (dimension != null) {
			String category = Translations.wordOr("category." + dimension, "", locale);
			text.append(" · ")
				.append(category.isEmpty() ? Translations.wordOr("dimension." + dimension, dimension, locale)
						: category);
		}
		text.append(' ').append((figure.value() != null) ? figure.value() : "?");
		String unit = Translations.wordOr("unit." + figure.unit(), figure.unit(), locale);
		if (!unit.isEmpty()) {
			text.append(' ').append(unit);
		}
		if (figure.periodStart() != null) {
			text.append(" (")
				.append(figure.periodStart())
				.append((figure.periodEnd() != null && !figure.periodEnd().equals(figure.periodStart()))
						? "–" + figure.periodEnd() : "")
				.append(')');
		}
		return text.toString();
	}

}
