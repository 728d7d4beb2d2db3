package org.pairingatlas.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.ui.FactWords;
import org.pairingatlas.base.ui.Translations;
import org.pairingatlas.entity.NodeNames;
import org.pairingatlas.funding.FundTransfer;
import org.pairingatlas.funding.FundTransfers;
import org.pairingatlas.source.Sources;

/**
 * How money travels, as a page tells it: each step of a programme's or a project's chain
 * of transfers, from whom to whom, how much, over which years and how often, with the
 * document that says so.
 */
@org.springframework.stereotype.Component
class TransferChain {

	private final FundTransfers transfers;

	private final NodeNames names;

	private final Sources sources;

	private final Translations words;

	TransferChain(FundTransfers transfers, NodeNames names, Sources sources, Translations words) {
		this.transfers = transfers;
		this.names = names;
		this.sources = sources;
		this.words = words;
	}

	/** The chain with its heading, or nothing when the graph records none. */
	Component of(@Nullable String programme, @Nullable String project, String id, Locale locale) {
		List<FundTransfer> chain = (project != null)
				? this.transfers.chainsOf(List.of(project)).getOrDefault(project, List.of())
				: this.transfers.chain(programme, null);
		Div shown = new Div();
		if (chain.isEmpty()) {
			return shown;
		}
		List<String> ends = new ArrayList<>();
		chain.forEach((t) -> ends.addAll(List.of(t.fromKey(), t.toKey())));
		Map<String, String> named = this.names.of(ends);
		UnorderedList list = new UnorderedList();
		list.setId(id);
		var cited = this.sources.citationsOfAll(chain);
		for (FundTransfer transfer : chain) {
			ListItem item = new ListItem(
					this.words.getTranslation("page.transferLine", locale, named.getOrDefault(transfer.fromKey(), "?"),
							named.getOrDefault(transfer.toKey(), "?"),
							FactWords.transfer((transfer.amount() != null)
									? transfer.amount().movePointRight(2).longValue() : null, locale)
									+ when(transfer, locale)));
			item.add(Cited.of(cited.getOrDefault(transfer, List.of())));
			list.add(item);
		}
		shown.add(new H2(this.words.getTranslation("page.transfers", locale, chain.size())), list);
		return shown;
	}

	/** "（2021–2025，每年）": the years and how often, where the documents say. */
	private static String when(FundTransfer transfer, Locale locale) {
		List<String> parts = new ArrayList<>();
		if (transfer.yearStart() != null) {
			parts.add(transfer.yearStart()
					+ ((transfer.yearEnd() != null && !transfer.yearEnd().equals(transfer.yearStart()))
							? "–" + transfer.yearEnd() : ""));
		}
		if (transfer.recurrence() != null) {
			parts.add(Translations.wordOr("recurrence." + transfer.recurrence(), transfer.recurrence(), locale));
		}
		return parts.isEmpty() ? "" : "（" + String.join("，", parts) + "）";
	}

}
