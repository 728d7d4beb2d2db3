package org.pairingatlas.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.pairingatlas.security.AccessProperties;
import org.pairingatlas.security.Actors;

import org.springframework.stereotype.Component;

/**
 * When the explorer is configured {@code sign-in}, sends anyone not signed in to the
 * login view before any other view opens.
 */
@Component
class ExplorerSignIn implements VaadinServiceInitListener {

	private final AccessProperties access;

	private final Actors actors;

	ExplorerSignIn(AccessProperties access, Actors actors) {
		this.access = access;
		this.actors = actors;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		if (this.access.explorer() != AccessProperties.Explorer.SIGN_IN) {
			return;
		}
		event.getSource().addUIInitListener((init) -> init.getUI().addBeforeEnterListener((enter) -> {
			if (enter.getNavigationTarget() != LoginView.class && this.actors.current().name().equals("anonymous")) {
				enter.rerouteTo(LoginView.class);
			}
		}));
	}

}
