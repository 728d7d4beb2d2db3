package org.pairingatlas.source;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code sources} field of every fact-bearing GraphQL type, loaded in one query per
 * request level.
 */
@Controller
class SourceController {

	private final Sources sources;

	SourceController(Sources sources) {
		this.sources = sources;
	}

	@QueryMapping
	@Nullable Document document(@Argument String id) {
		return this.sources.document(id).orElse(null);
	}

	@BatchMapping(typeName = "Programme", field = "sources")
	Map<Sourced, List<Citation>> programmeSources(List<Sourced> facts) {
		return this.sources.citationsOfAll(facts);
	}

	@BatchMapping(typeName = "Region", field = "sources")
	Map<Sourced, List<Citation>> regionSources(List<Sourced> facts) {
		return this.sources.citationsOfAll(facts);
	}

	@BatchMapping(typeName = "Organisation", field = "sources")
	Map<Sourced, List<Citation>> organisationSources(List<Sourced> facts) {
		return this.sources.citationsOfAll(facts);
	}

	@BatchMapping(typeName = "Pairing", field = "sources")
	Map<Sourced, List<Citation>> pairingSources(List<Sourced> facts) {
		return this.sources.citationsOfAll(facts);
	}

	@BatchMapping(typeName = "ReportedFigure", field = "sources")
	Map<Sourced, List<Citation>> figureSources(List<Sourced> facts) {
		return this.sources.citationsOfAll(facts);
	}

	@BatchMapping(typeName = "Discrepancy", field = "sources")
	Map<Sourced, List<Citation>> discrepancySources(List<Sourced> facts) {
		return this.sources.citationsOfAll(facts);
	}

	@BatchMapping(typeName = "Project", field = "sources")
	Map<Sourced, List<Citation>> projectSources(List<Sourced> facts) {
		return this.sources.citationsOfAll(facts);
	}

	@BatchMapping(typeName = "FundTransfer", field = "sources")
	Map<Sourced, List<Citation>> transferSources(List<Sourced> facts) {
		return this.sources.citationsOfAll(facts);
	}

	@BatchMapping(typeName = "Target", field = "sources")
	Map<Sourced, List<Citation>> targetSources(List<Sourced> facts) {
		return this.sources.citationsOfAll(facts);
	}

	@BatchMapping(typeName = "Measurement", field = "sources")
	Map<Sourced, List<Citation>> measurementSources(List<Sourced> facts) {
		return this.sources.citationsOfAll(facts);
	}

	@BatchMapping(typeName = "Exchange", field = "sources")
	Map<Sourced, List<Citation>> exchangeSources(List<Sourced> facts) {
		return this.sources.citationsOfAll(facts);
	}

}
