package org.pairingatlas.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import org.pairingatlas.base.ui.component.HeaderSearch;
import org.pairingatlas.base.ui.component.NodeSuggestions;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

/**
 * The shell around every view: the title bar and a side menu built from the views'
 * {@code @Menu} annotations.
 */
@Layout
public final class MainLayout extends AppLayout {

	private final SignedInUser user;

	private final NodeSuggestions everything;

	MainLayout(SignedInUser user, NodeSuggestions everything) {
		this.user = user;
		this.everything = everything;
		setPrimarySection(Section.DRAWER);
		addToNavbar(new DrawerToggle(), createTitle());
		addToDrawer(createSideNav());
	}

	private HorizontalLayout createTitle() {
		Span chinese = new Span("对口协作图谱");
		chinese.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
		Span english = new Span("Pairing Atlas");
		english.addClassName("pa-muted");
		Button language = new Button(getTranslation("app.language"),
				(e) -> Language.switchTo(Language.english() ? Language.CHINESE : Language.ENGLISH));
		language.setId("language-switch");
		language.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		HorizontalLayout title = new HorizontalLayout(chinese, english, createSearch(), createAccount(), language);
		title.setAlignItems(HorizontalLayout.Alignment.BASELINE);
		title.setWidthFull();
		title.setFlexGrow(1, english);
		title.getStyle().set("padding-right", "var(--lumo-space-m)");
		title.getElement().setAttribute("role", "banner");
		return title;
	}

	/**
	 * Search on every page: suggestions grouped by kind, each opening its node's page.
	 */
	private HeaderSearch createSearch() {
		HeaderSearch search = new HeaderSearch(this.everything, ListLinks::page, getTranslation("app.search"),
				getTranslation("app.searchNone"));
		search.setId("header-search");
		search.setWidth("20rem");
		return search;
	}

	/** Each view is the page's main landmark, so screen readers can go straight to it. */
	@Override
	public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
		super.showRouterLayoutContent(content);
		if (content != null) {
			content.getElement().setAttribute("role", "main");
		}
	}

	/** Who is signed in, with sign-out; or the way to sign in. */
	private com.vaadin.flow.component.Component createAccount() {
		String name = this.user.name().orElse(null);
		if (name == null) {
			Anchor signIn = new Anchor("login", getTranslation("app.signIn"));
			signIn.setId("sign-in");
			signIn.setRouterIgnore(true);
			return signIn;
		}
		Anchor signOut = new Anchor("logout", getTranslation("app.signOut"));
		signOut.setRouterIgnore(true);
		signOut.setId("sign-out");
		Span user = new Span(name);
		user.setId("signed-in-as");
		HorizontalLayout account = new HorizontalLayout(user, signOut);
		account.setAlignItems(HorizontalLayout.Alignment.BASELINE);
		return account;
	}

	private SideNav createSideNav() {
		SideNav nav = new SideNav();
		MenuConfiguration.getMenuEntries().forEach((entry) -> nav.addItem(createSideNavItem(entry)));
		return nav;
	}

	private SideNavItem createSideNavItem(MenuEntry entry) {
		if (entry.icon() != null) {
			return new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
		}
		return new SideNavItem(entry.title(), entry.path());
	}

}
