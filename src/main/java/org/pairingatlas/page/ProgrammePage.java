package org.pairingatlas.page;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Route;
import org.pairingatlas.base.ui.FactWords;
import org.pairingatlas.base.ui.Language;
import org.pairingatlas.base.ui.Translations;
import org.pairingatlas.exchange.Exchange;
import org.pairingatlas.exchange.Exchanges;
import org.pairingatlas.pairing.Pairing;
import org.pairingatlas.pairing.Pairings;
import org.pairingatlas.programme.Programme;
import org.pairingatlas.programme.Programmes;
import org.pairingatlas.target.Target;
import org.pairingatlas.target.Targets;

/**
 * A programme's page ({@code /programme/{key}}): its period, how many pairings it holds
 * at each level and kind, and its targets with their progress and a warning where one is
 * behind.
 */
@Route("programme")
public class ProgrammePage extends EntityPage<Programme> {

	private final Programmes programmes;

	private final Pairings pairings;

	private final Targets targets;

	private final StoryPicture picture;

	private final Exchanges exchanges;

	private final TransferChain chain;

	ProgrammePage(Programmes programmes, Pairings pairings, Targets targets, StoryPicture picture, Exchanges exchanges,
			TransferChain chain) {
		super("programme-page");
		this.picture = picture;
		this.exchanges = exchanges;
		this.chain = chain;
		this.programmes = programmes;
		this.pairings = pairings;
		this.targets = targets;
	}

	/** The page's address for a programme. */
	public static String link(String key) {
		return "programme/" + key;
	}

	@Override
	Optional<Programme> find(String key) {
		return this.programmes.byKey(key);
	}

	@Override
	String name(Programme entity) {
		return Language.pick(entity.name(), entity.nameEn());
	}

	@Override
	String missing() {
		return "page.noProgramme";
	}

	@Override
	void show(String key, Programme programme) {
		if (programme.startYear() != null) {
			add(muted(getTranslation("page.period", programme.startYear(),
					(programme.endYear() != null) ? String.valueOf(programme.endYear()) : "…")));
		}
		add(explorer(key, true));
		add(this.picture.of(List.of(key), getLocale()));
		addPairings(key);
		addTargets(key);
		addExchanges(key);
		add(this.chain.of(key, null, "programme-transfers", getLocale()));
	}

	private void addPairings(String key) {
		List<Pairing> held = this.pairings.ofProgrammes(List.of(key)).getOrDefault(key, List.of());
		add(new H2(getTranslation("page.pairingsCounted", held.size())));
		Map<String, Integer> counted = new TreeMap<>();
		held.forEach((p) -> counted.merge(Translations.wordOr("level." + p.level(), p.level(), getLocale()) + " · "
				+ Translations.wordOr("kind." + p.kind(), p.kind(), getLocale()), 1, Integer::sum));
		UnorderedList list = new UnorderedList();
		list.setId("programme-pairings");
		counted.forEach((what, count) -> list.add(new ListItem(getTranslation("page.countedLine", what, count))));
		add(list);
	}

	/**
	 * The exchanges of people it records (secondments, training, expert visits), in
	 * words.
	 */
	private void addExchanges(String key) {
		List<Exchange> list = this.exchanges.ofProgramme(key);
		if (list.isEmpty()) {
			return;
		}
		add(new H2(getTranslation("page.exchanges", list.size())));
		UnorderedList shown = new UnorderedList();
		shown.setId("programme-exchanges");
		for (Exchange exchange : list) {
			String period = (exchange.periodStart() == null) ? ""
					: "（" + exchange.periodStart()
							+ ((exchange.periodEnd() != null && !exchange.periodEnd().equals(exchange.periodStart()))
									? "–" + exchange.periodEnd() : "")
							+ "）";
			shown.add(new ListItem(FactWords.exchange(exchange.kind(),
					(exchange.count() != null) ? exchange.count().toPlainString() : null, exchange.unit(), getLocale())
					+ period));
		}
		add(shown);
	}

	private void addTargets(String key) {
		List<Target> list = this.targets.ofProgramme(key);
		if (list.isEmpty()) {
			return;
		}
		add(new H2(getTranslation("page.targets", list.size())));
		LocalDate today = LocalDate.now();
		UnorderedList shown = new UnorderedList();
		shown.setId("programme-targets");
		for (Target target : list) {
			String what = FactWords.target(Language.pick(target.indicator(), target.indicatorEn()), target.comparator(),
					target.value().toPlainString(), target.unit(), getLocale());
			ListItem item = new ListItem(new Span(what + " · " + getTranslation("target." + target.status(today))));
			Double progress = target.progress();
			if (progress != null) {
				ProgressBar bar = new ProgressBar(0, 1, Math.min(1, Math.max(0, progress)));
				bar.getElement().setAttribute("aria-label", what);
				item.add(bar);
			}
			shown.add(item);
		}
		add(shown);
	}

}
