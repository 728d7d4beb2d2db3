package org.pairingatlas.project;

import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.security.Actors;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.edit.UserError;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL mutations of projects: each returns the project or the reasons it was refused.
 */
@Controller
class ProjectMutationController {

	private final ProjectEdits edits;

	private final Projects projects;

	private final Actors actors;

	ProjectMutationController(ProjectEdits edits, Projects projects, Actors actors) {
		this.edits = edits;
		this.projects = projects;
		this.actors = actors;
	}

	@MutationMapping
	ProjectPayload recordProject(@Argument ProjectInputs.RecordProjectInput input) {
		return payload(() -> this.edits.record(input, this.actors.current()));
	}

	@MutationMapping
	ProjectPayload updateProject(@Argument ProjectInputs.UpdateProjectInput input) {
		return payload(() -> this.edits.update(input, this.actors.current()));
	}

	private ProjectPayload payload(Supplier<String> edit) {
		return EditRefused.answer(edit, (key) -> new ProjectPayload(this.projects.byKey(key).orElse(null), List.of()),
				(errors) -> new ProjectPayload(null, errors));
	}

	/** The result of a project mutation. */
	record ProjectPayload(@Nullable Project project, List<UserError> errors) {
	}

}
