package org.pairingatlas.pairing;

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
 * GraphQL mutations of pairings: each returns the pairing or the reasons it was refused.
 */
@Controller
class PairingMutationController {

	private final PairingEdits edits;

	private final PairingSearch pairings;

	private final Actors actors;

	PairingMutationController(PairingEdits edits, PairingSearch pairings, Actors actors) {
		this.edits = edits;
		this.pairings = pairings;
		this.actors = actors;
	}

	@MutationMapping
	PairingPayload createPairing(@Argument PairingInputs.CreatePairingInput input) {
		return payload(() -> this.edits.create(input, this.actors.current()));
	}

	@MutationMapping
	PairingPayload updatePairing(@Argument PairingInputs.UpdatePairingInput input) {
		return payload(() -> this.edits.update(input, this.actors.current()));
	}

	@MutationMapping
	PairingPayload endPairing(@Argument PairingInputs.EndPairingInput input) {
		return payload(() -> this.edits.end(input, this.actors.current()));
	}

	private PairingPayload payload(Supplier<String> edit) {
		return EditRefused.answer(edit, (key) -> new PairingPayload(this.pairings.byKey(key).orElse(null), List.of()),
				(errors) -> new PairingPayload(null, errors));
	}

	/** The result of a pairing mutation. */
	record PairingPayload(@Nullable Pairing pairing, List<UserError> errors) {
	}

}
