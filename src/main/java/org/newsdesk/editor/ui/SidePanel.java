package org.newsdesk.editor.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import org.newsdesk.editor.Capabilities;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.SourceItem;
import org.newsdesk.platform.Languages;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.workflow.AuditEntry;
import org.newsdesk.review.ClaimCheckService;
import org.newsdesk.review.ReviewService;
import org.newsdesk.workflow.WorkflowService;

/**
 * The panel beside the content: Sources, Claims (count), Notes (count) and History, one tab at a
 * time, so a reviewer reads the draft and its sources side by side. A tab's content is built when
 * first shown and rebuilt only while shown, so an idle editor holds little.
 */
class SidePanel extends Div {

    enum Pane { SOURCES, CLAIMS, NOTES, HISTORY }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final StoryService stories;
    private final IngestService ingest;
    private final ClaimCheckService claimCheck;
    private final ReviewService reviews;
    private final WorkflowService workflow;
    private final List<String> languages;
    private final Supplier<StoryContent> shownContent;
    private final Runnable onChange;
    private final java.util.function.Consumer<Story> onRestore;
    private final Supplier<ZoneId> zone;
    private final ClaimsPanel.Locate locate;

    final Tabs tabs = new Tabs();
    private final Map<Pane, Tab> tab = new EnumMap<>(Pane.class);
    final Div body = new Div();
    private ClaimsPanel claims;
    private NotesPanel notes;
    private HistoryPanel history;
    private Div sources;
    private StoryId id;
    private Story story;
    private Capabilities caps;

    SidePanel(StoryService stories, IngestService ingest, ClaimCheckService claimCheck, ReviewService reviews, WorkflowService workflow,
            List<String> languages, Supplier<StoryContent> shownContent, Supplier<ZoneId> zone, Runnable onChange,
            java.util.function.Consumer<Story> onRestore, ClaimsPanel.Locate locate) {
        this.locate = locate;
        this.stories = stories;
        this.ingest = ingest;
        this.claimCheck = claimCheck;
        this.reviews = reviews;
        this.workflow = workflow;
        this.languages = languages;
        this.shownContent = shownContent;
        this.zone = zone;
        this.onChange = onChange;
        this.onRestore = onRestore;
        setId("side-panel");
        addClassName("nd-side");
        for (Pane p : Pane.values()) {
            Tab t = new Tab(label(p, -1));
            t.setId("tab-" + p.name().toLowerCase(Locale.ROOT));
            tab.put(p, t);
            tabs.add(t);
        }
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(e -> {
            if (e.isFromClient() || e.getPreviousTab() != null) {
                showPane();
            }
        });
        body.addClassName("nd-side-body");
        body.setId("side-body");
        add(tabs, body);
    }

    private static String label(Pane p, long count) {
        String name = p.name().charAt(0) + p.name().substring(1).toLowerCase(Locale.ROOT);
        return count < 0 ? name : name + " (" + count + ")";
    }

    /** Shows the story's counts, and refreshes the tab shown. */
    void show(StoryId id, Story story, Capabilities caps) {
        this.id = id;
        this.story = story;
        this.caps = caps;
        tab.get(Pane.CLAIMS).setLabel(label(Pane.CLAIMS, caps.unresolvedClaims().stream().map(c -> org.newsdesk.workflow.UnresolvedClaim.group(c.text())).distinct().count()));
        tab.get(Pane.NOTES).setLabel(label(Pane.NOTES, reviews.notes(id).stream().filter(n -> !n.resolved()).count()));
        showPane();
    }

    void select(Pane p) {
        tabs.setSelectedTab(tab.get(p));
        showPane();
    }

    Pane selected() {
        return Pane.values()[Math.max(0, tabs.getSelectedIndex())];
    }

    private void showPane() {
        if (id == null) {
            return;
        }
        Component pane = switch (selected()) {
            case SOURCES -> sources();
            case CLAIMS -> {
                if (claims == null) {
                    claims = new ClaimsPanel(claimCheck, shownContent, onChange, locate);
                }
                claims.show(id, caps);
                yield claims;
            }
            case NOTES -> {
                if (notes == null) {
                    notes = new NotesPanel(reviews, zone);
                }
                notes.show(id, languages);
                yield notes;
            }
            case HISTORY -> {
                if (history == null) {
                    history = new HistoryPanel(stories, languages, onRestore, shownContent, zone);
                }
                history.show(id, story, caps);
                yield new Div(new H4("Revisions"), history, new H4("Workflow steps"), audit());
            }
        };
        if (body.getChildren().findFirst().filter(pane::equals).isEmpty()) { // the same pane stays put: nothing is sent again
            body.removeAll();
            body.add(pane);
        }
    }

    /** Each source by its title and outlet; its text is loaded when someone opens it. */
    private List<org.newsdesk.ingest.SourceItemId> sourcesShown;

    private Div sources() {
        if (sources == null) {
            sources = new Div();
            sources.setId("sources");
        } else if (story.sources().equals(sourcesShown)) {
            return sources; // a save changes no source: the list stays, with the ones being read still open
        }
        sources.removeAll();
        sourcesShown = story.sources();
        List<SourceItem> items = ingest.findAll(story.sources());
        if (items.isEmpty()) {
            sources.add(new Span("No sources: this story was started by hand. Its figures and names have no source to be checked against, so a reviewer accepts each with a note."));
        }
        for (SourceItem listed : items) {
            var sourceId = listed.id();
            Details source = new Details(listed.title() + " · " + listed.displaySource()
                    + (listed.language() == null ? "" : " · " + Languages.name(listed.language())));
            source.setWidthFull();
            source.addClassName("nd-source-item");
            source.addOpenedChangeListener(e -> {
                if (e.isOpened() && source.getContent().findAny().isEmpty()) {
                    ingest.findAll(List.of(sourceId)).forEach(s -> {
                        if (s.url() != null) {
                            Anchor link = new Anchor(s.url(), "Open the original ↗");
                            link.setTarget("_blank");
                            link.getElement().setAttribute("rel", "noopener noreferrer");
                            source.add(link);
                        }
                        Div text = new Div(s.cleanText());
                        text.addClassName("nd-source");
                        if (s.language() != null) {
                            text.getElement().setAttribute("lang", s.language());
                        }
                        source.add(text);
                    });
                }
            });
            sources.add(source);
        }
        return sources;
    }

    private Div audit() {
        Div out = new Div();
        out.setId("audit-trail");
        List<AuditEntry> steps = workflow.history(id);
        if (steps.isEmpty()) {
            out.add(new Span("No workflow steps yet: the story moves on when someone submits it for review."));
        }
        for (AuditEntry a : steps) {
            Div row = new Div(TIME.format(a.at().atZone(zone.get())) + " · " + a.actor() + " · " + a.action() + ": " + a.from().label() + " → "
                    + a.to().label() + (a.revisionNumber() == null ? "" : " · revision " + a.revisionNumber())
                    + (a.note() == null ? "" : " · “" + a.note() + "”"));
            row.addClassName("nd-audit-row");
            out.add(row);
        }
        return out;
    }
}
