package org.pairingatlas.explorer;

import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.base.ui.Language;
import org.pairingatlas.programme.Programme;

/**
 * The key to the drawing: fill colour by type, outline colour by programme, size by
 * funding, dashed outline for facts the sources only suggest.
 */
class Legend extends Div {

	Legend(Map<String, Programme> programmes) {
		addClassName("pa-legend");
		setId("legend");
		EntityTypes.ALL.forEach((type) -> add(entry(type.colour(), "transparent", type.name(Language.english()))));
		NodeStyle.PROGRAMME_COLOURS.forEach((key, colour) -> {
			Programme programme = programmes.get(key);
			if (programme != null) {
				add(entry("#ffffff", colour, Language.pick(programme.name(), programme.nameEn())));
			}
		});
		add(note(getTranslation("legend.size")));
		add(note(getTranslation("legend.dashed")));
	}

	private static Span entry(String fill, String outline, String text) {
		Span swatch = new Span();
		swatch.addClassName("pa-swatch");
		swatch.getStyle().set("background", fill).set("border-color", outline);
		Span entry = new Span(swatch, new Span(text));
		entry.addClassName("pa-legend-entry");
		return entry;
	}

	private static Span note(String text) {
		Span note = new Span(text);
		note.addClassNames("pa-legend-entry", "pa-muted");
		return note;
	}

}
