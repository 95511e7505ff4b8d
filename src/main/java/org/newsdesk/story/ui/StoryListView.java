package org.newsdesk.story.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.platform.PersonTime;
import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.Role;
import org.newsdesk.identity.UserAccount;
import org.newsdesk.identity.UserService;
import org.newsdesk.story.StoryFilter;
import org.newsdesk.story.StoryService;
import org.newsdesk.story.StoryState;
import org.newsdesk.story.StorySummary;

/**
 * Every story, most recently updated first, loaded lazily page by page: filtered by queue,
 * state, assignee, category, language and words in the headline. "my-work" opens it on the
 * signed-in person's queues.
 */
@Route("")
@RouteAlias("my-work")
@PageTitle("Stories · Newsdesk")
@Menu(title = "Stories", order = 0)
@RolesAllowed({Role.Names.EDITOR, Role.Names.REVIEWER, Role.Names.PUBLISHER, Role.Names.ADMIN})
class StoryListView extends VerticalLayout implements BeforeEnterObserver {

    /** Times in the zone of the person looking (their browser's). */
    private final DateTimeFormatter time = PersonTime.formatter("yyyy-MM-dd HH:mm");

    final Grid<StorySummary> grid = new Grid<>();
    final Select<String> queue = new Select<>();
    final Select<StoryState> state = new Select<>();
    final Select<UserAccount> assignee = new Select<>();
    final Select<String> language = new Select<>();
    final TextField category = new TextField("Category");
    final TextField text = new TextField("Headline contains");
    private final ConfigurableFilterDataProvider<StorySummary, Void, StoryFilter> data;
    private final StoryService stories;
    /** Starts a story written by hand, from no source, and opens it. */
    final com.vaadin.flow.component.button.Button newStory = new com.vaadin.flow.component.button.Button("New story");
    private StorySummary focused;

    StoryListView(StoryService stories, UserService users) {
        this.stories = stories;
        queue.setLabel("Queue");
        queue.setItems("all", "MY_DRAFTS", "MY_REVIEWS", "TO_PUBLISH");
        queue.setItemLabelGenerator(q -> switch (q) {
            case "MY_DRAFTS" -> "Drafts I own";
            case "MY_REVIEWS" -> "Waiting for my review";
            case "TO_PUBLISH" -> "Approved, to publish";
            default -> "All stories";
        });
        queue.setValue("all");
        queue.setId("filter-queue");
        state.setLabel("State");
        state.setItems(StoryState.values());
        state.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption("Any");
        state.setId("filter-state");
        assignee.setLabel("Assigned to");
        java.util.List<UserAccount> people = java.util.stream.Stream.concat(users.colleagues(Role.EDITOR).stream(),
                users.colleagues(Role.REVIEWER).stream()).distinct().toList();
        assignee.setItems(people);
        assignee.setItemLabelGenerator(u -> u == null ? "Anyone" : u.displayName());
        assignee.setEmptySelectionAllowed(true);
        assignee.setEmptySelectionCaption("Anyone");
        language.setLabel("Language");
        language.setItems("en", "zh", "fr");
        language.setItemLabelGenerator(l -> l == null ? "Any" : org.newsdesk.platform.Languages.name(l));
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption("Any");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("filter-text");
        category.setValueChangeMode(ValueChangeMode.LAZY);

        grid.addColumn(s -> s.headline().isBlank() ? "(no headline yet)" : s.headline()).setHeader("Headline").setFlexGrow(3);
        // the badge is drawn in the browser: no component per row on the server
        grid.addColumn(LitRenderer.<StorySummary>of("<span class=\"nd-state\" data-state=\"${item.state}\">${item.label}</span>")
                .withProperty("state", st -> st.state().name()).withProperty("label", st -> st.state().label()))
                .setHeader("State").setAutoWidth(true);
        grid.addColumn(s -> s.assignedEditor() == null ? s.createdBy() : s.assignedEditor()).setHeader("Editor").setAutoWidth(true);
        grid.addColumn(s -> s.assignedReviewer() == null ? "" : s.assignedReviewer()).setHeader("Reviewer").setAutoWidth(true);
        grid.addColumn(s -> String.join(", ", s.categories())).setHeader("Categories").setAutoWidth(true);
        grid.addColumn(s -> time.format(s.updatedAt())).setHeader("Updated").setAutoWidth(true);
        data = DataProvider.<StorySummary, StoryFilter>fromFilteringCallbacks(
                q -> stories.search(q.getFilter().orElse(StoryFilter.ALL), q.getOffset(), q.getLimit()).stream(),
                q -> stories.count(q.getFilter().orElse(StoryFilter.ALL))).withConfigurableFilter();
        grid.setItems(data);
        grid.addItemClickListener(e -> open(e.getItem()));
        // keyboard: Enter on the row that has focus opens it, as a click does
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        com.vaadin.flow.component.Shortcuts.addShortcutListener(grid, () -> {
            if (focused != null) {
                open(focused);
            }
        }, com.vaadin.flow.component.Key.ENTER).listenOn(grid);
        grid.setEmptyStateText(stories.mayCreate() ? "No stories here: start one with \"New story\", or from a source in the Inbox (paste a source or import a URL)."
                : "No stories here yet.");
        grid.setSizeFull();
        grid.setId("stories");

        for (var field : java.util.List.of(queue, state, assignee, language)) {
            field.addValueChangeListener(e -> applyFilter());
        }
        text.addValueChangeListener(e -> applyFilter());
        category.addValueChangeListener(e -> applyFilter());
        HorizontalLayout filters = new HorizontalLayout(queue, state, assignee, language, category, text);
        filters.setAlignItems(Alignment.END);
        filters.getStyle().set("flex-wrap", "wrap");
        newStory.setId("new-story");
        newStory.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.PRIMARY);
        newStory.setVisible(stories.mayCreate());
        newStory.addClickListener(e -> open(stories.createByHand()));
        HorizontalLayout heading = new HorizontalLayout(new H2("Stories"), newStory);
        heading.setAlignItems(Alignment.BASELINE);
        add(heading, filters, grid);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getPath().equals("my-work")) {
            queue.setValue(stories.myDefaultQueue());
        }
        applyFilter();
    }

    private void applyFilter() {
        StoryFilter f = new StoryFilter(state.getValue(), assignee.getValue() == null ? null : assignee.getValue().id(),
                blankToNull(category.getValue()), language.getValue(), blankToNull(text.getValue()));
        if (!"all".equals(queue.getValue())) {
            f = f.inQueue(StoryFilter.Queue.valueOf(queue.getValue()), CurrentUser.require().id());
        }
        data.setFilter(f);
    }

    private void open(StorySummary row) {
        open(row.id());
    }

    private void open(org.newsdesk.story.StoryId id) {
        getUI().ifPresent(ui -> ui.navigate("stories/" + id.value()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
