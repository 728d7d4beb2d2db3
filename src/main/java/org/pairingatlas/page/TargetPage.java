package org.pairingatlas.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Route;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.ui.FactWords;
import org.pairingatlas.base.ui.Language;
import org.pairingatlas.entity.NodeNames;
import org.pairingatlas.source.Citation;
import org.pairingatlas.source.Sources;
import org.pairingatlas.target.Measurement;
import org.pairingatlas.target.Target;
import org.pairingatlas.target.Targets;

/**
 * A target's page ({@code /target/{key}}): what is to be reached by when, against which
 * baseline, how far it has come (a bar and a warning when behind), every measurement with
 * its date and source, and the targets it belongs to or is made of.
 */
@Route("target")
public class TargetPage extends EntityPage<Target> {

	private final Targets targets;

	private final NodeNames names;

	private final Sources sources;

	TargetPage(Targets targets, NodeNames names, Sources sources) {
		super("target-page");
		this.targets = targets;
		this.names = names;
		this.sources = sources;
	}

	/** The page's address for a target. */
	public static String link(String key) {
		return "target/" + key;
	}

	@Override
	Optional<Target> find(String key) {
		return this.targets.byKey(key);
	}

	@Override
	String name(Target target) {
		return Language.pick(target.indicator(), target.indicatorEn());
	}

	@Override
	String missing() {
		return "page.noTarget";
	}

	@Override
	void show(String key, Target target) {
		List<String> related = new ArrayList<>();
		if (target.programmeKey() != null) {
			related.add(target.programmeKey());
		}
		if (target.parentKey() != null) {
			related.add(target.parentKey());
		}
		Map<String, String> named = this.names.of(related);
		String what = FactWords.target(name(target), target.comparator(), target.value().toPlainString(), target.unit(),
				getLocale());
		String status = target.status(LocalDate.now());
		Paragraph line = new Paragraph(what + " · " + getTranslation("target." + status));
		line.setId("target-status");
		if (status.equals("behind") || status.equals("missed")) {
			line.addClassName("pa-warning");
		}
		add(line);
		Double progress = target.progress();
		if (progress != null) {
			ProgressBar bar = new ProgressBar(0, 1, Math.min(1, Math.max(0, progress)));
			bar.getElement().setAttribute("aria-label", what);
			add(bar, muted(getTranslation("page.progress", Math.round(progress * 100))));
		}
		add(new FactTable("target-facts").line(getTranslation("page.programme"), named(target.programmeKey(), named))
			.line(getTranslation("page.partOf"), named(target.parentKey(), named))
			.line(getTranslation("property.periodStart"), target.periodStart())
			.line(getTranslation("property.periodEnd"), target.periodEnd())
			.line(getTranslation("property.baseline"),
					(target.baseline() == null) ? null
							: target.baseline()
									+ ((target.baselineYear() != null) ? "（" + target.baselineYear() + "）" : ""))
			.line(getTranslation("property.note"), target.note()));
		add(explorer(key, false));
		addMeasurements(target);
		List<Target> parts = this.targets.partsOf(List.of(key));
		if (!parts.isEmpty()) {
			add(new H2(getTranslation("page.targetParts", parts.size())));
			UnorderedList list = new UnorderedList();
			parts.forEach((part) -> list.add(new ListItem(new Anchor(NodeRedirect.link(part.key()), name(part)))));
			add(list);
		}
		add(new H2(getTranslation("page.sources")));
		add(Cited.of(this.sources.citationsOf(List.of(key)).getOrDefault(key, List.of())));
	}

	private void addMeasurements(Target target) {
		add(new H2(getTranslation("page.measurements", target.measurements().size())));
		if (target.measurements().isEmpty()) {
			add(new Paragraph(getTranslation("target.no-measurement")));
			return;
		}
		Map<Measurement, List<Citation>> cited = this.sources.citationsOfAll(target.measurements());
		UnorderedList list = new UnorderedList();
		list.setId("target-measurements");
		for (Measurement measurement : target.measurements().reversed()) {
			ListItem item = new ListItem(getTranslation("page.measurementLine", measurement.asOf(), FactWords
				.target(name(target), null, measurement.value().toPlainString(), measurement.unit(), getLocale())));
			item.add(Cited.of(cited.getOrDefault(measurement, List.of())));
			list.add(item);
		}
		add(list);
	}

}
