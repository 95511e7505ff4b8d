package org.newsdesk.story.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.identity.Role;
import org.newsdesk.story.StoryService;
import org.newsdesk.story.StorySummary;

/** Every story, newest first, with its workflow state. */
@Route("")
@PageTitle("Stories · Newsdesk")
@Menu(title = "Stories", order = 0)
@RolesAllowed({Role.Names.EDITOR, Role.Names.REVIEWER, Role.Names.PUBLISHER, Role.Names.ADMIN})
class StoryListView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

    final Grid<StorySummary> grid = new Grid<>();

    StoryListView(StoryService stories) {
        grid.addColumn(s -> s.headline().isBlank() ? "(no headline yet)" : s.headline()).setHeader("Headline").setFlexGrow(3);
        grid.addComponentColumn(s -> badge(s)).setHeader("State").setAutoWidth(true);
        grid.addColumn(StorySummary::createdBy).setHeader("Created by").setAutoWidth(true);
        grid.addColumn(s -> TIME.format(s.updatedAt())).setHeader("Updated").setAutoWidth(true);
        grid.setItems(q -> stories.page(q.getOffset(), q.getLimit()).stream(), q -> stories.count());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("stories/" + e.getItem().id().value())));
        grid.setSizeFull();
        add(new H2("Stories"), grid);
        setSizeFull();
    }

    static Span badge(StorySummary s) {
        Span badge = new Span(s.state().label());
        badge.addClassName("nd-state");
        badge.getElement().setAttribute("data-state", s.state().name());
        return badge;
    }
}
