package org.pairingatlas.page;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.ui.ListLinks;

/**
 * What every entity's page does alike: found by the key in its address, titled by the
 * entity's name (its level-one heading and the browser's title), told plainly when no
 * such entity exists, and linked to the explorer around it. A page adds what is its own.
 *
 * @param <T> the entity
 */
abstract class EntityPage<T> extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	private String title = "";

	EntityPage(String id) {
		setId(id);
		addClassName("pa-page");
	}

	/** The entity with this key, as the reader may see it. */
	abstract Optional<T> find(String key);

	/** Its name, the page's title. */
	abstract String name(T entity);

	/** The message key telling that no entity has the key. */
	abstract String missing();

	/** Adds what the page tells of the entity, under its title. */
	abstract void show(String key, T entity);

	@Override
	public String getPageTitle() {
		return this.title + " · " + getTranslation("app.name");
	}

	@Override
	public void setParameter(BeforeEvent event, String key) {
		removeAll();
		Optional<T> found = find(key);
		if (found.isEmpty()) {
			this.title = getTranslation("page.notFound");
			add(new H1(this.title), new Paragraph(getTranslation(missing(), key)));
			return;
		}
		this.title = name(found.get());
		add(new H1(this.title));
		show(key, found.get());
	}

	/**
	 * The link to the explorer opened on the entity: with {@code story}, its pairing
	 * network laid out supporters facing recipients; else its neighbours.
	 */
	Anchor explorer(String key, boolean story) {
		Anchor link = new Anchor(story ? ListLinks.story(List.of(key)) : ListLinks.explore(key),
				getTranslation("page.openExplorer"));
		link.setId("page-explorer");
		return link;
	}

	/** A link to a node's page, by its name; nothing for no node. */
	static @Nullable Anchor named(@Nullable String key, Map<String, String> names) {
		return (key == null) ? null : new Anchor(NodeRedirect.link(key), names.getOrDefault(key, "?"));
	}

	static Span muted(String text) {
		Span span = new Span(text);
		span.addClassName("pa-muted");
		return span;
	}

}
