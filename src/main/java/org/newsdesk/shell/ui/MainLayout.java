package org.newsdesk.shell.ui;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.Role;
import org.newsdesk.platform.DeskSignals;
import org.newsdesk.story.MyWork;
import org.newsdesk.story.StoryService;
import org.newsdesk.review.ReviewService;

/**
 * The frame around every editorial view. The navigation is built from the views' {@code @Menu}
 * annotations and shows only what the signed-in person may open.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final Span work = new Span();
    private final Button bell = new Button();
    private final StoryService stories;
    private final ReviewService reviews;
    private final DeskSignals signals;
    private Runnable unsubscribe;
    /** A refresh is queued for this tab already: a burst of changes costs one. */
    private final AtomicBoolean refreshQueued = new AtomicBoolean();

    public MainLayout(AuthenticationContext auth, StoryService stories, ReviewService reviews, DeskSignals signals) {
        this.stories = stories;
        this.reviews = reviews;
        this.signals = signals;
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
            work.setId("my-work-count");
            bell.setId("notifications");
            bell.addClickListener(e -> openNotifications());
            Anchor myWork = new Anchor("my-work", work);
            user.add(myWork, bell, who, logout);
            refreshCounts();
        });

        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), title, searchBox(), user);
        navbar.setWidthFull();
        navbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        navbar.expand(title);
        addToNavbar(navbar);

        SideNav nav = new SideNav();
        nav.addClassName("nd-drawer-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /** One search box for stories and source items: Enter opens the results (story module's search view). */
    private static TextField searchBox() {
        TextField box = new TextField();
        box.setId("nav-search");
        box.setPlaceholder("Search stories and sources");
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setClearButtonVisible(true);
        box.setMaxLength(200);
        box.getElement().setAttribute("aria-label", "Search stories and sources");
        box.addKeyPressListener(Key.ENTER, e -> box.getUI().ifPresent(ui -> {
            String words = box.getValue().strip();
            ui.navigate("search", words.isEmpty() ? QueryParameters.empty() : QueryParameters.of("q", words));
        }));
        return box;
    }

    /**
     * Queue counts and unread notifications, pushed as soon as a change that may move them commits
     * on any node (a workflow step, an assignment, a mention), and refreshed every minute in case a
     * signal was missed.
     */
    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unsubscribe = signals.subscribe(MyWork.CHANGED, signal -> {
            if (refreshQueued.compareAndSet(false, true)) {
                ui.access(() -> {
                    refreshQueued.set(false);
                    refreshCounts();
                });
            }
        });
        if (ui.getPollInterval() < 0) {
            ui.setPollInterval(60_000);
        }
        ui.addPollListener(e -> refreshCounts());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    private void refreshCounts() {
        if (CurrentUser.find().isEmpty()) {
            return;
        }
        MyWork mine = stories.myWork();
        work.setText("My work: " + mine.total());
        work.getElement().setAttribute("title", mine.drafts() + " drafts, " + mine.toReview() + " to review, " + mine.toPublish() + " to publish");
        long unread = reviews.myUnreadCount();
        bell.setText(unread == 0 ? "Notifications" : "Notifications (" + unread + ")");
    }

    private void openNotifications() {
        Dialog d = new Dialog("Notifications");
        VerticalLayout list = new VerticalLayout();
        List<org.newsdesk.review.Notification> all = reviews.myNotifications();
        list.setId("notification-list");
        list.addClassName("nd-notifications");
        if (all.isEmpty()) {
            list.add(new Span("Nothing yet: you are told here when someone mentions you, requests changes, approves, schedules or publishes "
                    + "your story, or assigns one to you."));
        }
        for (var n : all) {
            Anchor link = new Anchor(n.link(), n.message());
            link.getElement().setAttribute("data-kind", n.kind().name());
            link.getElement().addEventListener("click", click -> d.close());
            if (!n.read()) {
                link.getStyle().set("font-weight", "600");
            }
            list.add(link);
        }
        d.add(list);
        d.getFooter().add(new Button("Close", e -> d.close()));
        d.open();
        reviews.markAllRead();
        refreshCounts();
    }
}
