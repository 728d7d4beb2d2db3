package org.pairingatlas.figure;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.programme.Programme;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL access to reported figures and discrepancies.
 */
@Controller
class FigureController {

	private final ReportedFigures figures;

	FigureController(ReportedFigures figures) {
		this.figures = figures;
	}

	@QueryMapping
	List<Discrepancy> discrepancies(@Argument @Nullable String programme) {
		return this.figures.discrepancies(programme);
	}

	@BatchMapping(typeName = "Programme", field = "reportedFigures")
	Map<Programme, List<ReportedFigure>> reportedFigures(List<Programme> programmes) {
		Map<String, List<ReportedFigure>> found = this.figures
			.ofProgrammes(programmes.stream().map(Programme::key).toList());
		return programmes.stream()
			.collect(Collectors.toMap(Function.identity(), (p) -> found.get(p.key()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Programme", field = "discrepancies")
	Map<Programme, List<Discrepancy>> programmeDiscrepancies(List<Programme> programmes) {
		Map<String, List<Discrepancy>> found = this.figures
			.discrepanciesOfProgrammes(programmes.stream().map(Programme::key).toList());
		return programmes.stream()
			.collect(Collectors.toMap(Function.identity(), (p) -> found.get(p.key()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Discrepancy", field = "figures")
	Map<Discrepancy, List<ReportedFigure>> figures(List<Discrepancy> discrepancies) {
		Map<String, List<ReportedFigure>> found = this.figures
			.figuresOfDiscrepancies(discrepancies.stream().map(Discrepancy::key).toList());
		return discrepancies.stream()
			.collect(Collectors.toMap(Function.identity(), (d) -> found.get(d.key()), (a, b) -> a));
	}

}
