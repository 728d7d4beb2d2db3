package org.pairingatlas.organisation;

import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.edit.UserError;
import org.pairingatlas.security.Actors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL mutations of organisations: each returns the organisation or the reasons it was
 * refused.
 */
@Controller
class OrganisationMutationController {

	private final OrganisationEdits edits;

	private final Organisations organisations;

	private final Actors actors;

	OrganisationMutationController(OrganisationEdits edits, Organisations organisations, Actors actors) {
		this.edits = edits;
		this.organisations = organisations;
		this.actors = actors;
	}

	@MutationMapping
	OrganisationPayload createOrganisation(@Argument OrganisationInputs.CreateOrganisationInput input) {
		return payload(() -> this.edits.create(input, this.actors.current()));
	}

	@MutationMapping
	OrganisationPayload updateOrganisation(@Argument OrganisationInputs.UpdateOrganisationInput input) {
		return payload(() -> this.edits.update(input, this.actors.current()));
	}

	@MutationMapping
	OrganisationPayload endOrganisation(@Argument OrganisationInputs.EndOrganisationInput input) {
		return payload(() -> this.edits.end(input, this.actors.current()));
	}

	private OrganisationPayload payload(Supplier<String> edit) {
		return EditRefused.answer(edit,
				(key) -> new OrganisationPayload(this.organisations.byKey(key).orElse(null), List.of()),
				(errors) -> new OrganisationPayload(null, errors));
	}

	/** The result of an organisation mutation. */
	record OrganisationPayload(@Nullable Organisation organisation, List<UserError> errors) {
	}

}
