package org.pairingatlas.target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
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

	@BatchMapping
	Map<Target, Target> parent(List<Target> targets) {
		Map<String, Target> found = new HashMap<>();
		this.targets.byKeys(targets.stream().map(Target::parentKey).filter(Objects::nonNull).distinct().toList())
			.forEach((t) -> found.put(t.key(), t));
		Map<Target, Target> result = new HashMap<>();
		targets.forEach((t) -> {
			if (t.parentKey() != null && found.containsKey(t.parentKey())) {
				result.put(t, found.get(t.parentKey()));
			}
		});
		return result;
	}

	@BatchMapping
	Map<Target, List<Target>> parts(List<Target> targets) {
		Map<String, List<Target>> byParent = new HashMap<>();
		this.targets.partsOf(targets.stream().map(Target::key).toList())
			.forEach((part) -> byParent.computeIfAbsent(part.parentKey(), (k) -> new ArrayList<>()).add(part));
		Map<Target, List<Target>> result = new HashMap<>();
		targets.forEach((t) -> result.put(t, byParent.getOrDefault(t.key(), List.of())));
		return result;
	}

}
