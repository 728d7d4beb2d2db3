package org.pairingatlas.funding;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.security.Actors;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.edit.UserError;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL mutation recording a fund transfer.
 */
@Controller
class TransferMutationController {

	private final TransferEdits edits;

	private final FundTransfers transfers;

	private final Actors actors;

	TransferMutationController(TransferEdits edits, FundTransfers transfers, Actors actors) {
		this.edits = edits;
		this.transfers = transfers;
		this.actors = actors;
	}

	@MutationMapping
	TransferPayload recordFundTransfer(@Argument TransferEdits.RecordFundTransferInput input) {
		return EditRefused.answer(() -> this.edits.record(input, this.actors.current()),
				(key) -> new TransferPayload(this.transfers.byKey(key).orElse(null), List.of()),
				(errors) -> new TransferPayload(null, errors));
	}

	/** The result of recording a fund transfer. */
	record TransferPayload(@Nullable FundTransfer fundTransfer, List<UserError> errors) {
	}

}
