package org.pairingatlas.base.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * The explorer's words in Chinese and English ({@code i18n/messages_*.properties}). A
 * language is looked up on its own, never through the JVM's default locale, so Chinese
 * stays Chinese on an English machine.
 */
@Component
class Translations implements I18NProvider {

	private static final Log log = LogFactory.getLog(Translations.class);

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	@Override
	public List<Locale> getProvidedLocales() {
		return Language.SUPPORTED;
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		Locale language = Language.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Language.ENGLISH
				: Language.CHINESE;
		try {
			String pattern = ResourceBundle.getBundle("i18n/messages", Locale.of(language.getLanguage()), NO_FALLBACK)
				.getString(key);
			return new MessageFormat(pattern, language).format(params);
		}
		catch (MissingResourceException ex) {
			log.warn("No " + language.getLanguage() + " translation for " + key);
			return key;
		}
	}

}
