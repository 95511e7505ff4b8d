package org.newsdesk.publishing.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.platform.CopyButton;
import org.newsdesk.platform.PersonTime;
import org.newsdesk.identity.Role;
import org.newsdesk.publishing.PreviewLink;
import org.newsdesk.publishing.PreviewService;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;

/**
 * A story's preview from the editor: open it as readers will see it (every language, the AI
 * disclosure, sources), and share a link that shows it to someone without an account until it
 * expires or is revoked.
 */
@Route("stories/:id/preview")
@PageTitle("Preview · Newsdesk")
@RolesAllowed({Role.Names.EDITOR, Role.Names.REVIEWER, Role.Names.PUBLISHER, Role.Names.ADMIN})
class PreviewView extends VerticalLayout implements BeforeEnterObserver {

    /** Times in the zone of the person looking (their browser's). */
    private final DateTimeFormatter time = PersonTime.formatter("yyyy-MM-dd HH:mm z");

    private final PreviewService previews;
    private final StoryService stories;
    private final Clock clock;
    final H2 title = new H2("Preview");
    final Anchor open = new Anchor();
    final Button share = new Button("Share a preview link");
    final TextField made = new TextField("New link (shown once: copy it now)");
    final Grid<PreviewLink> links = new Grid<>();
    private StoryId id;

    PreviewView(PreviewService previews, StoryService stories, Clock clock) {
        this.previews = previews;
        this.stories = stories;
        this.clock = clock;
        open.setText("Open the preview (as readers will see it)");
        open.setTarget("_blank");
        open.setId("open-preview");
        share.setId("share-preview");
        share.addThemeVariants(ButtonVariant.PRIMARY);
        share.addClickListener(e -> {
            PreviewLink link = previews.share(id);
            made.setValue(link.url());
            made.setVisible(true);
            refresh();
        });
        made.setReadOnly(true);
        CopyButton.into(made, "Copy link", "copy-preview-url");
        made.setWidthFull();
        made.setVisible(false);
        made.setId("shared-preview-url");
        links.setEmptyStateText("No share links yet: \"Share a preview link\" gives someone without an account this preview until the link expires.");
        links.addColumn(PreviewLink::createdBy).setHeader("Shared by").setAutoWidth(true);
        links.addColumn(l -> time.format(l.createdAt())).setHeader("Shared").setAutoWidth(true);
        links.addColumn(l -> time.format(l.expiresAt())).setHeader("Expires").setAutoWidth(true);
        links.addColumn(l -> l.revokedAt() != null ? "Revoked " + time.format(l.revokedAt()) : l.usableAt(clock.instant()) ? "Works" : "Expired")
                .setHeader("Status").setAutoWidth(true);
        links.addComponentColumn(l -> {
            Button revoke = new Button("Revoke", e -> {
                previews.revoke(l.id());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL);
            revoke.setEnabled(l.usableAt(clock.instant()));
            return revoke;
        }).setHeader("").setKey("revoke").setAutoWidth(true);
        links.setAllRowsVisible(true);
        links.setId("preview-links");
        Paragraph about = new Paragraph("A shared link shows the story's latest revision to anyone who has it, without signing in, "
                + "with a \"Preview — not published\" banner. Search engines and shared caches are told to keep nothing.");
        Button back = new Button("Back to the story", e -> getUI().ifPresent(ui -> ui.navigate("stories/" + id.value())));
        add(title, new HorizontalLayout(back, open), about, share, made, links);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        try {
            id = new StoryId(Long.parseLong(raw));
            title.setText("Preview: " + headline(stories.get(id).content().headline(java.util.List.of())));
        } catch (IllegalArgumentException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "There is no story " + raw + ".");
            return;
        }
        open.setHref("/desk-preview/stories/" + id.value());
        refresh();
    }

    private static String headline(String h) {
        return h.isBlank() ? "(no headline yet)" : h;
    }

    private void refresh() {
        links.setItems(previews.links(id));
    }
}
