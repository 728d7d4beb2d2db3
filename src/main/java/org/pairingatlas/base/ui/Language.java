package org.pairingatlas.base.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.jspecify.annotations.Nullable;

/**
 * The explorer speaks Chinese unless the user switches to English; the choice lasts for
 * the session.
 */
public final class Language {

	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

	private Language() {
	}

	/** Whether the current UI shows English. */
	public static boolean english() {
		UI ui = UI.getCurrent();
		return ui != null && ENGLISH.getLanguage().equals(ui.getLocale().getLanguage());
	}

	/** The Chinese name, or the English one when showing English and there is one. */
	public static String pick(String chinese, @Nullable String english) {
		return (english() && english != null && !english.isBlank()) ? english : chinese;
	}

	/** Switches the session's language and reloads the page in it. */
	public static void switchTo(Locale locale) {
		VaadinSession.getCurrent().setLocale(locale);
		UI ui = UI.getCurrent();
		ui.setLocale(locale);
		ui.getPage().reload();
	}

}
