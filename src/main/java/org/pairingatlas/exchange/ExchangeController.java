package org.pairingatlas.exchange;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.security.Actors;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.edit.UserError;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL exchanges: listing and recording.
 */
@Controller
class ExchangeController {

	private final Exchanges exchanges;

	private final Actors actors;

	ExchangeController(Exchanges exchanges, Actors actors) {
		this.exchanges = exchanges;
		this.actors = actors;
	}

	@QueryMapping
	List<Exchange> exchanges(@Argument @Nullable String programme) {
		return this.exchanges.ofProgramme(programme);
	}

	@MutationMapping
	ExchangePayload recordExchange(@Argument Exchanges.RecordExchangeInput input) {
		return EditRefused.answer(() -> this.exchanges.record(input, this.actors.current()),
				(key) -> new ExchangePayload(this.exchanges.byKey(key).orElse(null), List.of()),
				(errors) -> new ExchangePayload(null, errors));
	}

	/** The result of recording an exchange. */
	record ExchangePayload(@Nullable Exchange exchange, List<UserError> errors) {
	}

}
