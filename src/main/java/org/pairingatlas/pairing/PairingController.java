package org.pairingatlas.pairing;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.Connection;
import org.pairingatlas.base.graphql.Page;
import org.pairingatlas.base.graphql.compiled.CompiledNodes;
import org.pairingatlas.base.graphql.compiled.CompiledReads;
import org.pairingatlas.organisation.Organisation;
import org.pairingatlas.organisation.Parties;
import org.pairingatlas.programme.Programme;
import org.pairingatlas.programme.Programmes;
import org.pairingatlas.region.Region;
import org.pairingatlas.source.Sourced;

import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * GraphQL fields of pairings, and the pairings of programmes, regions and organisations.
 */
@Controller
class PairingController {

	private final Pairings pairings;

	private final Parties parties;

	private final Programmes programmes;

	private final PairingSearch search;

	private final CompiledReads reads;

	PairingController(Pairings pairings, Parties parties, Programmes programmes, PairingSearch search,
			CompiledReads reads, BatchLoaderRegistry loaders) {
		// Pairings of all regions or organisations at one level of a response load in one
		// query per side.
		loaders.<PartyRole, List<Pairing>>forName("partyPairings").registerMappedBatchLoader((keys, env) -> {
			Map<PartyRole, List<Pairing>> loaded = new java.util.HashMap<>();
			keys.stream()
				.collect(Collectors.groupingBy((k) -> java.util.Optional.ofNullable(k.role())))
				.forEach((role, group) -> {
					Map<String, List<Pairing>> found = pairings.ofParties(group.stream().map(PartyRole::key).toList(),
							role.orElse(null));
					group.forEach((k) -> loaded.put(k, found.getOrDefault(k.key(), List.of())));
				});
			return Mono.just(loaded);
		});
		this.pairings = pairings;
		this.parties = parties;
		this.programmes = programmes;
		this.search = search;
		this.reads = reads;
	}

	@QueryMapping
	@Nullable Pairing pairing(@Argument String id) {
		return this.search.byKey(id).orElse(null);
	}

	@QueryMapping
	Connection<?> pairings(@Argument @Nullable PairingFilter filter, @Argument PairingSort sort,
			@Argument @Nullable Integer first, @Argument @Nullable String after, @Argument @Nullable Integer last,
			@Argument @Nullable String before, DataFetchingEnvironment environment) {
		PairingFilter given = (filter != null) ? filter : PairingFilter.NONE;
		Page page = Page.of(first, after, last, before);
		CompiledNodes nodes = this.reads.nodes(environment, "edges/node", "p");
		return (nodes != null) ? this.search.find(given, sort, page, nodes) : this.search.find(given, sort, page);
	}

	@BatchMapping(typeName = "Programme", field = "pairings")
	Map<Programme, List<Pairing>> programmePairings(List<Programme> programmes) {
		Map<String, List<Pairing>> found = this.pairings.ofProgrammes(programmes.stream().map(Programme::key).toList());
		return programmes.stream()
			.collect(Collectors.toMap(Function.identity(), (p) -> found.get(p.key()), (a, b) -> a));
	}

	@SchemaMapping(typeName = "Region", field = "pairings")
	CompletableFuture<List<Pairing>> regionPairings(Region region, @Argument @Nullable PairingRole role,
			DataLoader<PartyRole, List<Pairing>> partyPairings) {
		return partyPairings.load(new PartyRole(region.key(), role));
	}

	@SchemaMapping(typeName = "Organisation", field = "pairings")
	CompletableFuture<List<Pairing>> organisationPairings(Organisation organisation,
			@Argument @Nullable PairingRole role, DataLoader<PartyRole, List<Pairing>> partyPairings) {
		return partyPairings.load(new PartyRole(organisation.key(), role));
	}

	/**
	 * A party and the side asked for: the key under which pairings of many parties load
	 * together.
	 */
	record PartyRole(String key, @Nullable PairingRole role) {
	}

	@BatchMapping
	Map<Pairing, Sourced> supporter(List<Pairing> pairings) {
		Map<String, Sourced> found = this.parties.byKeys(pairings.stream().map(Pairing::supporterKey).toList());
		return pairings.stream()
			.collect(Collectors.toMap(Function.identity(), (p) -> found.get(p.supporterKey()), (a, b) -> a));
	}

	@BatchMapping
	Map<Pairing, Sourced> recipient(List<Pairing> pairings) {
		Map<String, Sourced> found = this.parties.byKeys(pairings.stream().map(Pairing::recipientKey).toList());
		return pairings.stream()
			.collect(Collectors.toMap(Function.identity(), (p) -> found.get(p.recipientKey()), (a, b) -> a));
	}

	@BatchMapping
	Map<Pairing, Programme> programme(List<Pairing> pairings) {
		Map<String, Programme> found = this.programmes.byKeys(pairings.stream().map(Pairing::programmeKey).toList());
		return pairings.stream()
			.collect(Collectors.toMap(Function.identity(), (p) -> found.get(p.programmeKey()), (a, b) -> a));
	}

}
