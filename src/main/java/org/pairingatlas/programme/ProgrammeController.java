package org.pairingatlas.programme;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.compiled.CompiledNodes;
import org.pairingatlas.base.graphql.compiled.CompiledReads;
import org.pairingatlas.source.Document;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL look-up of programmes.
 */
@Controller
class ProgrammeController {

	private final Programmes programmes;

	private final CompiledReads reads;

	ProgrammeController(Programmes programmes, CompiledReads reads) {
		this.programmes = programmes;
		this.reads = reads;
	}

	@QueryMapping
	List<?> programmes(DataFetchingEnvironment environment) {
		CompiledNodes compiled = this.reads.items(environment, "p");
		return (compiled != null) ? this.programmes.all(compiled) : this.programmes.all();
	}

	@QueryMapping
	@Nullable Programme programme(@Argument String key) {
		return this.programmes.byKey(key).orElse(null);
	}

	@BatchMapping
	Map<Programme, List<Document>> governingDocuments(List<Programme> programmes) {
		Map<String, List<Document>> documents = this.programmes.governingDocumentsOf(keys(programmes));
		return programmes.stream().collect(Collectors.toMap((p) -> p, (p) -> documents.get(p.key()), (a, b) -> a));
	}

	@BatchMapping
	Map<Programme, FactCounts> counts(List<Programme> programmes) {
		Map<String, FactCounts> counts = this.programmes.factCountsOf(keys(programmes));
		return programmes.stream().collect(Collectors.toMap((p) -> p, (p) -> counts.get(p.key()), (a, b) -> a));
	}

	@BatchMapping(typeName = "ProgrammeCounts")
	Map<FactCounts, Integer> organisations(List<FactCounts> counts) {
		Map<String, Integer> organisations = this.programmes
			.organisationCountsOf(counts.stream().map(FactCounts::programme).toList());
		return counts.stream()
			.collect(Collectors.toMap((c) -> c, (c) -> organisations.getOrDefault(c.programme(), 0), (a, b) -> a));
	}

	private static List<String> keys(List<Programme> programmes) {
		return programmes.stream().map(Programme::key).toList();
	}

}
