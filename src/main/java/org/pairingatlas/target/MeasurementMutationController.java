package org.pairingatlas.target;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.security.Actors;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.edit.UserError;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL mutation recording a measurement against a target.
 */
@Controller
class MeasurementMutationController {

	private final MeasurementEdits edits;

	private final Targets targets;

	private final Actors actors;

	MeasurementMutationController(MeasurementEdits edits, Targets targets, Actors actors) {
		this.edits = edits;
		this.targets = targets;
		this.actors = actors;
	}

	@MutationMapping
	MeasurementPayload recordMeasurement(@Argument MeasurementEdits.RecordMeasurementInput input) {
		return EditRefused.answer(() -> this.edits.record(input, this.actors.current()),
				(target) -> new MeasurementPayload(this.targets.byKey(target).orElse(null), List.of()),
				(errors) -> new MeasurementPayload(null, errors));
	}

	/** The result of recording a measurement: the target with its measurements. */
	record MeasurementPayload(@Nullable Target target, List<UserError> errors) {
	}

}
