package org.newsdesk.editor.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.newsdesk.drafting.TranslationProposal;
import org.newsdesk.drafting.TranslationService;
import org.newsdesk.drafting.TranslationUpdate;
import org.newsdesk.platform.Languages;
import org.newsdesk.story.ContentDiff;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.story.TranslationStatus;

/**
 * The translations of a story against its primary language, self-contained for any editor screen:
 * a badge per translated field that fell behind (or was never translated, or was accepted as it
 * stands), "English changed since: …" with the word diff, "Update translations" (all, or one field)
 * for editors, "Accept as is" with a note for reviewers, and a person's version beside the proposed
 * update to choose from. It asks the services what stands and what is allowed; they enforce the rules.
 * {@code changed} runs after anything here changed the story (the screen reloads it), {@code started}
 * when an update starts.
 */
public class TranslationsPanel extends VerticalLayout {

    private final StoryService stories;
    private final TranslationService translations;
    private final Runnable changed;
    /** Runs when an update has started (the screen asks again what the person may do meanwhile). */
    private final Runnable started;
    private final Span summary = new Span();
    private final Button updateAll = new Button("Update translations");
    private final VerticalLayout rows = new VerticalLayout();
    private final VerticalLayout proposals = new VerticalLayout();
    private StoryId id;
    private CompletableFuture<TranslationUpdate> running;

    public TranslationsPanel(StoryService stories, TranslationService translations, Runnable changed, Runnable started) {
        this.started = started;
        this.stories = stories;
        this.translations = translations;
        this.changed = changed;
        setId("translations");
        setPadding(false);
        summary.setId("translations-summary");
        updateAll.setId("update-translations");
        updateAll.addClickListener(e -> update(null));
        rows.setPadding(false);
        proposals.setPadding(false);
        proposals.setId("translation-proposals");
        add(new HorizontalLayout(summary, updateAll), rows, proposals);
    }

    /** Shows where the story's translations stand now, with the actions the person's capabilities allow. */
    public void show(Story s, org.newsdesk.editor.Capabilities caps) {
        this.id = s.id();
        List<TranslationStatus> shown = stories.translations(s).stream()
                .filter(t -> t.state() != TranslationStatus.State.CURRENT && t.state() != TranslationStatus.State.UNTRACKED).toList();
        boolean canUpdate = caps.can(org.newsdesk.editor.Capability.REDRAFT) && running == null;
        long stale = shown.stream().filter(TranslationStatus::blocksApproval).count();
        summary.setText(shown.isEmpty() ? "Every translation is up to date with the primary language."
                : stale + (stale == 1 ? " translated field is" : " translated fields are") + " behind the primary language"
                        + (stale < shown.size() ? "; " + (shown.size() - stale) + " more not translated or accepted as they stand." : "."));
        updateAll.setVisible(canUpdate && shown.stream().anyMatch(TranslationStatus::needsUpdate));
        rows.removeAll();
        for (TranslationStatus t : shown) {
            rows.add(row(t, canUpdate, caps.can(org.newsdesk.editor.Capability.ACCEPT_CLAIM), caps.can(org.newsdesk.editor.Capability.EDIT), s));
        }
    }

    private Div row(TranslationStatus t, boolean canUpdate, boolean canAccept, boolean canKeep, Story s) {
        String key = t.field().key() + "-" + t.language();
        Span badge = new Span(switch (t.state()) {
            case STALE -> "Stale";
            case ACCEPTED -> "Accepted as it stands";
            case MISSING -> "Not translated";
            default -> t.state().name();
        });
        badge.getElement().getThemeList().add(t.state() == TranslationStatus.State.STALE ? "badge error" : "badge contrast");
        badge.setId("translation-badge-" + key);
        Div row = new Div(badge, new Span(" " + t.field().label() + " (" + Languages.label(t.language()) + ")"));
        row.setId("translation-" + key);
        row.addClassName("nd-translation");
        if (!t.primaryChange().isEmpty()) {
            Div diff = diff(Languages.label(t.primaryLanguage()) + " changed since: ", t.primaryChange());
            diff.setId("translation-diff-" + key);
            row.add(diff);
        }
        if (t.state() == TranslationStatus.State.ACCEPTED) {
            row.add(new Div(new Span("Accepted: " + t.link().acceptance().note())));
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (canUpdate && t.needsUpdate()) {
            Button one = new Button("Update this translation", e -> update(t));
            one.setId("update-translation-" + key);
            actions.add(one);
        }
        if (canKeep && t.blocksApproval() && t.writtenByPerson()) {
            Button keep = new Button("Keep mine", e -> act(() -> stories.keepTranslation(id, t.field(), t.language(), s.version())));
            keep.setId("keep-translation-" + key);
            actions.add(keep);
        }
        if (canAccept && t.blocksApproval()) {
            TextField note = new TextField();
            note.setPlaceholder("Why it may stand");
            note.setId("accept-note-" + key);
            Button accept = new Button("Accept as is", e -> act(() -> stories.acceptTranslation(id, t.field(), t.language(), note.getValue())));
            accept.setId("accept-translation-" + key);
            actions.add(note, accept);
        }
        row.add(actions);
        return row;
    }

    /** Redrafts every stale translation, or only {@code one}; proposals for a person's fields appear when it ends. */
    private void update(TranslationStatus one) {
        UI ui = UI.getCurrent();
        proposals.removeAll();
        try {
            running = translations.update(id, one == null ? null : one.field(), (lang, chars) -> { });
        } catch (RuntimeException e) {
            Notification.show(e.getMessage());
            return;
        }
        summary.setText("Updating translations…");
        updateAll.setVisible(false);
        started.run();
        running.whenComplete((done, error) -> ui.access(() -> {
            running = null;
            if (error != null) {
                Notification.show(error.getCause() == null ? error.getMessage() : error.getCause().getMessage());
            } else {
                done.proposals().forEach(p -> proposals.add(proposal(p)));
            }
            changed.run();
        }));
    }

    /** A person's version and the proposed update side by side: keep theirs, or take the proposal as their edit. */
    private Div proposal(TranslationProposal p) {
        String key = p.field().key() + "-" + p.language();
        Div mine = new Div(new Span("Yours: "), new Span(p.personVersion()));
        Div proposed = diff("Proposed: ", p.difference());
        Div box = new Div(new Span(p.field().label() + " (" + Languages.label(p.language()) + ")"), new HorizontalLayout(mine, proposed));
        box.setId("proposal-" + key);
        Button keep = new Button("Keep mine", e -> act(() -> stories.keepTranslation(id, p.field(), p.language(), stories.get(id).version())));
        keep.setId("keep-proposal-" + key);
        Button take = new Button("Use the proposal", e -> act(() -> {
            Story s = stories.get(id);
            stories.saveContent(id, s.version(), s.content().with(p.language(), s.content().in(p.language()).with(p.field(), p.proposed())),
                    "Took the proposed translation of " + p.field().label() + " (" + p.language() + ")");
        }));
        take.addThemeVariants(ButtonVariant.PRIMARY);
        take.setId("take-proposal-" + key);
        box.add(new HorizontalLayout(keep, take));
        return box;
    }

    private void act(Runnable action) {
        try {
            action.run();
            proposals.removeAll();
            changed.run();
        } catch (RuntimeException e) {
            Notification.show(e.getMessage());
        }
    }

    /** The word diff as the revision history shows it (added and removed words marked), after a lead-in. */
    private static Div diff(String lead, List<ContentDiff.Segment> segments) {
        Div d = new Div(new Span(lead), HistoryPanel.render(segments, null));
        d.addClassName("nd-translation-change");
        return d;
    }

    /** The update started from here, while it runs (for tests). */
    CompletableFuture<TranslationUpdate> running() {
        return running;
    }
}
