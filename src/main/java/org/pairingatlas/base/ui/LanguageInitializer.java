package org.pairingatlas.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import org.springframework.stereotype.Component;

/**
 * Starts every session in Chinese, whatever the browser asks for; the title bar's switch
 * changes it.
 */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener((init) -> init.getSession().setLocale(Language.CHINESE));
		event.getSource().addUIInitListener((init) -> {
			VaadinSession session = init.getUI().getSession();
			init.getUI().setLocale((session.getLocale() != null) ? session.getLocale() : Language.CHINESE);
		});
	}

}
