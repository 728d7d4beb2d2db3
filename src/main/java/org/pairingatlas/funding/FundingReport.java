package org.pairingatlas.funding;

import java.util.List;

import org.pairingatlas.figure.ReportedFigure;

/**
 * A funding roll-up: the groups, their total, and what the documents report for the same
 * scope.
 */
public record FundingReport(List<FundingRow> rows, FundingRow total, List<ReportedFigure> reported) {
}
