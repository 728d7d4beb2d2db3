package org.pairingatlas.project;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.Connection;
import org.pairingatlas.base.graphql.Page;
import org.pairingatlas.base.graphql.compiled.CompiledNodes;
import org.pairingatlas.base.graphql.compiled.CompiledReads;
import org.pairingatlas.organisation.Parties;
import org.pairingatlas.programme.Programme;
import org.pairingatlas.programme.Programmes;
import org.pairingatlas.region.Region;
import org.pairingatlas.region.Regions;
import org.pairingatlas.source.Sourced;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL access to projects.
 */
@Controller
class ProjectController {

	private final Projects projects;

	private final Programmes programmes;

	private final Regions regions;

	private final Parties parties;

	private final CompiledReads reads;

	ProjectController(Projects projects, Programmes programmes, Regions regions, Parties parties, CompiledReads reads) {
		this.projects = projects;
		this.programmes = programmes;
		this.regions = regions;
		this.parties = parties;
		this.reads = reads;
	}

	@QueryMapping
	@Nullable Project project(@Argument String id) {
		return this.projects.byKey(id).orElse(null);
	}

	@QueryMapping
	Connection<?> projects(@Argument @Nullable ProjectFilter filter, @Argument ProjectSort sort,
			@Argument @Nullable Integer first, @Argument @Nullable String after, @Argument @Nullable Integer last,
			@Argument @Nullable String before, DataFetchingEnvironment environment) {
		ProjectFilter given = (filter != null) ? filter : ProjectFilter.NONE;
		Page page = Page.of(first, after, last, before);
		CompiledNodes nodes = this.reads.nodes(environment, "edges/node", "x");
		return (nodes != null) ? this.projects.find(given, sort, page, nodes) : this.projects.find(given, sort, page);
	}

	@BatchMapping
	Map<Project, Programme> programme(List<Project> projects) {
		Map<String, Programme> found = this.programmes.byKeys(keys(projects, Project::programmeKey));
		return resolve(projects, Project::programmeKey, found);
	}

	@BatchMapping
	Map<Project, Region> region(List<Project> projects) {
		return resolve(projects, Project::regionKey, this.regions.byKeys(keys(projects, Project::regionKey)));
	}

	@BatchMapping
	Map<Project, Sourced> implementer(List<Project> projects) {
		return resolve(projects, Project::implementerKey, this.parties.byKeys(keys(projects, Project::implementerKey)));
	}

	@BatchMapping
	Map<Project, Sourced> investor(List<Project> projects) {
		return resolve(projects, Project::investorKey, this.parties.byKeys(keys(projects, Project::investorKey)));
	}

	private static List<String> keys(List<Project> projects, Function<Project, @Nullable String> key) {
		return projects.stream().map(key).filter(java.util.Objects::nonNull).distinct().toList();
	}

	private static <T> Map<Project, T> resolve(List<Project> projects, Function<Project, @Nullable String> key,
			Map<String, T> found) {
		return projects.stream()
			.filter((project) -> key.apply(project) != null && found.containsKey(key.apply(project)))
			.collect(Collectors.toMap(Function.identity(), (project) -> found.get(key.apply(project)), (a, b) -> a));
	}

}
