package org.newsdesk.shell.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.Role;

/**
 * The frame around every editorial view. The navigation is built from the views' {@code @Menu}
 * annotations and shows only what the signed-in person may open.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth) {
        Span title = new Span("Newsdesk");
        title.addClassName("nd-brand");

        HorizontalLayout user = new HorizontalLayout();
        user.setAlignItems(HorizontalLayout.Alignment.CENTER);
        user.addClassName("nd-user");
        CurrentUser.find().ifPresent(actor -> {
            Span who = new Span(actor.displayName() + " · " + actor.roles().stream().map(Role::label).sorted().reduce((a, b) -> a + ", " + b).orElse(""));
            who.setId("signed-in-user");
            Button logout = new Button("Sign out", e -> auth.logout());
            logout.setId("sign-out");
            user.add(who, logout);
        });

        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), title, user);
        navbar.setWidthFull();
        navbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        navbar.expand(title);
        addToNavbar(navbar);

        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
