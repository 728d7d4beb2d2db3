package org.pairingatlas.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
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

	MainLayout() {
		setPrimarySection(Section.DRAWER);
		addToNavbar(new DrawerToggle(), createTitle());
		addToDrawer(createSideNav());
	}

	private HorizontalLayout createTitle() {
		Span chinese = new Span("对口协作图谱");
		chinese.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
		Span english = new Span("Pairing Atlas");
		english.addClassName("pa-muted");
		HorizontalLayout title = new HorizontalLayout(chinese, english);
		title.setAlignItems(HorizontalLayout.Alignment.BASELINE);
		return title;
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
