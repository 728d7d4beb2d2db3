package org.pairingatlas.security.ui;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * Where coordinators sign in. The form posts to Spring Security's {@code /login}; a
 * failed attempt comes back here with {@code ?error}.
 */
@Route(value = "login", autoLayout = false)
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final LoginForm form = new LoginForm();

	LoginView() {
		setId("login-view");
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		LoginI18n i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle(getTranslation("login.title"));
		i18n.getForm().setUsername(getTranslation("login.username"));
		i18n.getForm().setPassword(getTranslation("login.password"));
		i18n.getForm().setSubmit(getTranslation("app.signIn"));
		i18n.getErrorMessage().setTitle(getTranslation("login.failed"));
		i18n.getErrorMessage().setMessage(getTranslation("login.failedHelp"));
		this.form.setI18n(i18n);
		this.form.setAction("login");
		this.form.setForgotPasswordButtonVisible(false);
		add(this.form);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.title") + " · " + getTranslation("app.name");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
	}

}
