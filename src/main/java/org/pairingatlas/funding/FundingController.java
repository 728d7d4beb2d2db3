package org.pairingatlas.funding;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.organisation.Parties;
import org.pairingatlas.programme.Programme;
import org.pairingatlas.programme.Programmes;
import org.pairingatlas.project.Project;
import org.pairingatlas.region.Region;
import org.pairingatlas.region.Regions;
import org.pairingatlas.source.Sourced;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL funding roll-ups and fund-transfer chains.
 */
@Controller
class FundingController {

	private final FundingRollup rollup;

	private final FundTransfers transfers;

	private final Programmes programmes;

	private final Regions regions;

	private final Parties parties;

	FundingController(FundingRollup rollup, FundTransfers transfers, Programmes programmes, Regions regions,
			Parties parties) {
		this.rollup = rollup;
		this.transfers = transfers;
		this.programmes = programmes;
		this.regions = regions;
		this.parties = parties;
	}

	@QueryMapping
	FundingReport funding(@Argument @Nullable FundingFilter filter, @Argument List<FundingRollup.Dimension> groupBy) {
		return this.rollup.report((filter != null) ? filter : FundingFilter.NONE, Set.copyOf(groupBy));
	}

	@QueryMapping
	List<FundTransfer> fundTransfers(@Argument @Nullable String programme, @Argument @Nullable String project) {
		return this.transfers.chain(programme, project);
	}

	@BatchMapping(typeName = "Project", field = "fundTransfers")
	Map<Project, List<FundTransfer>> projectTransfers(List<Project> projects) {
		Map<String, List<FundTransfer>> chains = this.transfers.chainsOf(projects.stream().map(Project::key).toList());
		return projects.stream()
			.collect(
					Collectors.toMap(Function.identity(), (p) -> chains.getOrDefault(p.key(), List.of()), (a, b) -> a));
	}

	@BatchMapping(typeName = "FundingRow", field = "programme")
	Map<FundingRow, Programme> rowProgramme(List<FundingRow> rows) {
		Map<String, Programme> found = this.programmes.byKeys(keys(rows, FundingRow::programmeKey));
		return resolve(rows, FundingRow::programmeKey, found);
	}

	@BatchMapping(typeName = "FundingRow", field = "region")
	Map<FundingRow, Region> rowRegion(List<FundingRow> rows) {
		return resolve(rows, FundingRow::regionKey, this.regions.byKeys(keys(rows, FundingRow::regionKey)));
	}

	@BatchMapping(typeName = "FundingRow", field = "supporter")
	Map<FundingRow, Sourced> rowSupporter(List<FundingRow> rows) {
		return resolve(rows, FundingRow::supporterKey, this.parties.byKeys(keys(rows, FundingRow::supporterKey)));
	}

	@BatchMapping(typeName = "FundTransfer", field = "from")
	Map<FundTransfer, Sourced> transferFrom(List<FundTransfer> transfers) {
		return resolve(transfers, FundTransfer::fromKey, this.parties.byKeys(keys(transfers, FundTransfer::fromKey)));
	}

	@BatchMapping(typeName = "FundTransfer", field = "to")
	Map<FundTransfer, Sourced> transferTo(List<FundTransfer> transfers) {
		return resolve(transfers, FundTransfer::toKey, this.parties.byKeys(keys(transfers, FundTransfer::toKey)));
	}

	@BatchMapping(typeName = "FundTransfer", field = "programme")
	Map<FundTransfer, Programme> transferProgramme(List<FundTransfer> transfers) {
		Map<String, Programme> found = this.programmes.byKeys(keys(transfers, FundTransfer::programmeKey));
		return resolve(transfers, FundTransfer::programmeKey, found);
	}

	private static <T> List<String> keys(List<T> items, Function<T, @Nullable String> key) {
		return items.stream().map(key).filter(Objects::nonNull).distinct().toList();
	}

	private static <T, V> Map<T, V> resolve(List<T> items, Function<T, @Nullable String> key, Map<String, V> found) {
		return items.stream()
			.filter((item) -> key.apply(item) != null && found.containsKey(key.apply(item)))
			.collect(Collectors.toMap(Function.identity(), (item) -> found.get(key.apply(item)), (a, b) -> a));
	}

}
