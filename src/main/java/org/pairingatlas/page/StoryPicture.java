package org.pairingatlas.page;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.jsoup.nodes.Entities;
import org.pairingatlas.base.ui.ListLinks;
import org.pairingatlas.base.ui.Translations;
import org.pairingatlas.entity.NodeNames;
import org.pairingatlas.network.NetworkFilter;
import org.pairingatlas.network.NetworkQuery;
import org.pairingatlas.network.StoryLine;

/**
 * The small picture on a page: the pairing network around the entity, supporters on the
 * left facing recipients on the right, drawn as SVG on the server so that it prints with
 * the page and needs no script. It links to the explorer opened on the same story.
 */
@org.springframework.stereotype.Component
class StoryPicture {

	/** Most pairings drawn; the explorer shows them all. */
	static final int DRAWN = 40;

	private static final int ROW = 24;

	private static final int WIDTH = 640;

	private static final int COLUMN = 200;

	private final NetworkQuery network;

	private final NodeNames names;

	private final Translations words;

	StoryPicture(NetworkQuery network, NodeNames names, Translations words) {
		this.network = network;
		this.names = names;
		this.words = words;
	}

	/** The picture of these nodes' stories, or nothing when they tell none. */
	Component of(Collection<String> keys, Locale locale) {
		List<StoryLine> lines = this.network.storyOf(keys, NetworkFilter.NONE, DRAWN + 1);
		if (lines.isEmpty()) {
			return new Div();
		}
		int more = Math.max(0, lines.size() - DRAWN);
		lines = lines.subList(0, Math.min(DRAWN, lines.size()));
		Set<String> parties = new LinkedHashSet<>();
		lines.forEach((line) -> parties.addAll(List.of(line.supporter(), line.recipient())));
		Map<String, String> named = this.names.of(parties);
		List<String> supporters = new ArrayList<>(lines.stream().map(StoryLine::supporter).distinct().toList());
		supporters.sort((a, b) -> named.getOrDefault(a, a).compareTo(named.getOrDefault(b, b)));
		List<String> recipients = facing(lines, supporters, named);
		Map<String, Integer> row = new HashMap<>();
		for (int i = 0; i < supporters.size(); i++) {
			row.put("s:" + supporters.get(i), i);
		}
		for (int i = 0; i < recipients.size(); i++) {
			row.put("r:" + recipients.get(i), i);
		}
		int height = ROW * Math.max(supporters.size(), recipients.size()) + 8;
		String title = this.words.getTranslation("page.pictureTitle", locale, supporters.size(), recipients.size(),
				lines.size());
		StringBuilder svg = new StringBuilder();
		svg.append("<div class=\"pa-story\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(height)
			.append("\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(height)
			.append("\"><title>")
			.append(Entities.escape(title))
			.append("</title>");
		// (The link's name is the picture's title; its visible words are the names
		// drawn.)
		for (StoryLine line : lines) {
			int from = y(row.get("s:" + line.supporter())) - 4;
			int to = y(row.get("r:" + line.recipient())) - 4;
			svg.append("<line x1=\"")
				.append(COLUMN + 8)
				.append("\" y1=\"")
				.append(from)
				.append("\" x2=\"")
				.append(WIDTH - COLUMN - 8)
				.append("\" y2=\"")
				.append(to)
				.append("\" stroke=\"#9aa5b1\" stroke-width=\"1.5\"/>");
		}
		for (int i = 0; i < supporters.size(); i++) {
			label(svg, COLUMN, y(i), "end", named.getOrDefault(supporters.get(i), "?"),
					keys.contains(supporters.get(i)));
		}
		for (int i = 0; i < recipients.size(); i++) {
			label(svg, WIDTH - COLUMN, y(i), "start", named.getOrDefault(recipients.get(i), "?"),
					keys.contains(recipients.get(i)));
		}
		svg.append("</svg></div>");
		Anchor link = new Anchor(ListLinks.story(List.copyOf(keys)));
		link.add(new Html(svg.toString()));
		link.addClassName("pa-story-link");
		Div picture = new Div(link);
		picture.setId("story-picture");
		if (more > 0) {
			picture.add(new Div(this.words.getTranslation("page.pictureMore", locale, more)));
		}
		return picture;
	}

	/**
	 * Recipients ordered by where their supporters stand (the mean of their rows), so
	 * that most lines run straight across.
	 */
	private static List<String> facing(List<StoryLine> lines, List<String> supporters, Map<String, String> named) {
		Map<String, double[]> sums = new HashMap<>();
		for (StoryLine line : lines) {
			double[] sum = sums.computeIfAbsent(line.recipient(), (r) -> new double[2]);
			sum[0] += supporters.indexOf(line.supporter());
			sum[1]++;
		}
		List<String> recipients = new ArrayList<>(sums.keySet());
		recipients.sort((a, b) -> {
			int byPlace = Double.compare(sums.get(a)[0] / sums.get(a)[1], sums.get(b)[0] / sums.get(b)[1]);
			return (byPlace != 0) ? byPlace : named.getOrDefault(a, a).compareTo(named.getOrDefault(b, b));
		});
		return recipients;
	}

	private static int y(int row) {
		return ROW / 2 + 4 + row * ROW;
	}

	private static void label(StringBuilder svg, int x, int y, String anchor, String text, boolean focus) {
		svg.append("<circle cx=\"")
			.append(anchor.equals("end") ? x + 6 : x - 6)
			.append("\" cy=\"")
			.append(y - 4)
			.append("\" r=\"4\" fill=\"")
			.append(focus ? "#c1121f" : "#4c9be8")
			.append("\"/><text x=\"")
			.append(x)
			.append("\" y=\"")
			.append(y)
			.append("\" text-anchor=\"")
			.append(anchor)
			.append("\" font-size=\"13\"")
			.append(focus ? " font-weight=\"600\"" : "")
			.append(">")
			.append(Entities.escape(text))
			.append("</text>");
	}

}
