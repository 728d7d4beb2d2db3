package org.pairingatlas.base.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The explorer's words in Chinese and English ({@code i18n/messages_*.properties}). A
 * language is looked up on its own, never through the JVM's default locale, so Chinese
 * stays Chinese on an English machine.
 */
@Component
public class Translations implements I18NProvider {

	private static final Log log = LogFactory.getLog(Translations.class);

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	@Override
	public List<Locale> getProvidedLocales() {
		return Language.SUPPORTED;
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		Locale language = languageOf(locale);
		String pattern = patternOf(key, language);
		if (pattern == null) {
			log.warn("No " + language.getLanguage() + " translation for " + key);
			return key;
		}
		return new MessageFormat(pattern, language).format(params);
	}

	/**
	 * The word for a code the documents use, such as a reported figure's measure, or the
	 * code itself where we have not named it yet: the documents' vocabulary is open, and
	 * a code is still readable, so a missing word is not worth a warning.
	 */
	public static String wordOr(String key, String code, Locale locale) {
		String pattern = patternOf(key, languageOf(locale));
		return (pattern != null) ? pattern : code;
	}

	private static Locale languageOf(Locale locale) {
		return Language.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Language.ENGLISH : Language.CHINESE;
	}

	private static @Nullable String patternOf(String key, Locale language) {
		try {
			return ResourceBundle.getBundle("i18n/messages", Locale.of(language.getLanguage()), NO_FALLBACK)
				.getString(key);
		}
		catch (MissingResourceException ex) {
			return null;
		}
	}

}
