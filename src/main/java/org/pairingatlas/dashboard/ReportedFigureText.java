package org.pairingatlas.dashboard;

import java.util.Locale;

import org.pairingatlas.base.ui.FactWords;
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
		return FactWords.figure(figure.measure(), figure.dimension(), figure.value(), figure.unit(),
				figure.periodStart(), figure.periodEnd(), locale);
	}

}
