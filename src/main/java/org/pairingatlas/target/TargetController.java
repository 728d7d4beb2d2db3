package org.pairingatlas.target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL plan targets, their measurements and progress.
 */
@Controller
class TargetController {

	private final Targets targets;

	private final Clock clock = Clock.systemDefaultZone();

	TargetController(Targets targets) {
		this.targets = targets;
	}

	@QueryMapping
	List<Target> targets(@Argument @Nullable String programme) {
		return this.targets.ofProgramme(programme);
	}

	@QueryMapping
	@Nullable Target target(@Argument String id) {
		return this.targets.byKey(id).orElse(null);
	}

	@SchemaMapping
	String status(Target target) {
		return target.status(LocalDate.now(this.clock));
	}

	@SchemaMapping
	boolean onTrack(Target target) {
		return target.onTrack(LocalDate.now(this.clock));
	}

	@SchemaMapping
	@Nullable Target parent(Target target) {
		return (target.parentKey() != null) ? this.targets.byKey(target.parentKey()).orElse(null) : null;
	}

	@SchemaMapping
	List<Target> parts(Target target) {
		return this.targets.ofProgramme(target.programmeKey())
			.stream()
			.filter((t) -> target.key().equals(t.parentKey()))
			.toList();
	}

}
