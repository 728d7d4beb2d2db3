package org.pairingatlas.dashboard;

import java.util.List;

import org.pairingatlas.figure.ReportedFigure;
import org.pairingatlas.funding.FundingRow;

/**
 * The funding the dashboard shows, as tables: by year (and the projects of no known
 * year), by category, the total, and what the documents report.
 *
 * @param years the rows of known years
 * @param undated the projects of no known year, summed
 * @param categories the rows by category
 * @param total all the projects, summed
 * @param reported the figures the documents report
 */
record FundingTables(List<FundingRow> years, FundingRow undated, List<FundingRow> categories, FundingRow total,
		List<ReportedFigure> reported) {
}
