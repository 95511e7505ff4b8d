package org.newsdesk.editor.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.drafting.DraftEvent;
import org.newsdesk.drafting.DraftJob;
import org.newsdesk.drafting.DraftScope;
import org.newsdesk.drafting.DraftingService;
import org.newsdesk.drafting.Usage;
import org.newsdesk.editor.Capabilities;
import org.newsdesk.editor.Capability;
import org.newsdesk.editor.ContentMerge;
import org.newsdesk.editor.EditorService;
import org.newsdesk.editor.Presence;
import org.newsdesk.editor.PresenceService;
import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.Role;
import org.newsdesk.identity.UserAccount;
import org.newsdesk.identity.UserId;
import org.newsdesk.identity.UserService;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.StaleStoryException;
import org.newsdesk.story.Revision;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.review.ClaimCheckService;
import org.newsdesk.workflow.ReleaseTimeField;
import org.newsdesk.workflow.ReleaseTimes;
import org.newsdesk.review.ReviewService;
import org.newsdesk.workflow.Transition;
import org.newsdesk.workflow.WorkflowException;
import org.newsdesk.workflow.WorkflowService;

/**
 * The story editor as a workspace: a sticky bar (state, assignees, save status, the steps the person
 * may take and why not the others), the content in each desk language side by side, and beside it a
 * panel of sources, claims, notes and history. What the person may do comes from one question to
 * {@link EditorService#capabilities}; this view renders the answer and checks no role or state itself.
 */
@Route("stories/:id")
@PageTitle("Story · Newsdesk")
@RolesAllowed({Role.Names.EDITOR, Role.Names.REVIEWER, Role.Names.PUBLISHER, Role.Names.ADMIN})
public class StoryEditorView extends VerticalLayout implements BeforeEnterObserver {

    /** How often the open editor polls the server: it autosaves what was typed and says the person is still here. */
    public static final int AUTOSAVE_EVERY_MS = 5000;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final String FAILED_SEE_BELOW = "Drafting failed. Nothing was changed; what went wrong is listed below.";

    private final StoryService stories;
    private final WorkflowService workflow;
    private final DraftingService drafting;
    private final EditorService editor;
    private final PresenceService presence;
    private final UserService users;
    private final List<String> languages;
    private final String defaultZone;
    private final TranslationsPanel translations;
    private final String sessionId = java.util.UUID.randomUUID().toString();

    private final ContentForm form;
    private final SidePanel side;
    final ActionBar actions = new ActionBar(this::take);
    final Span presenceBar = new Span();
    final Div unsavedBanner = new Div();
    final ComboBox<UserAccount> assignedEditor = new ComboBox<>("Editor");
    final ComboBox<UserAccount> assignedReviewer = new ComboBox<>("Reviewer");
    private final H2 title = new H2();
    private final Span state = new Span();
    private final Span revisionInfo = new Span();
    final Span scheduleInfo = new Span();
    final Span saveStatus = new Span();
    final Button draftButton = new Button("Draft with AI");
    final Button cancelDraft = new Button("Cancel drafting");
    final Button save = new Button("Save");
    final Span draftStatus = new Span();
    final Span why = new Span();
    private final Span cost = new Span();
    /** On a narrow screen the side panel is a second view of the workspace; this switches between the two. */
    final Button toggleSide = new Button("Sources, claims, notes");
    private final Div workspace = new Div();
    /** The parts the last draft could not write, with their causes and "Retry these sections". */
    final Div failedParts = new Div();
    /** The form shows a draft being written (not the person's typing): autosave leaves it alone. */
    private boolean showingDraft;

    private StoryId id;
    private Story story;
    private Capabilities caps;
    private UserId me;
    private ZoneId zone;
    private Instant autosavedAt;
    /** What another person did to the story since this screen loaded it, said beside the save status. */
    private String othersNote;
    private long noticedVersion = -1;
    private Runnable unsubscribe;
    private Runnable leave;
    private Registration poll;
    /** The story the subscriptions below are for (null when not attached). */
    private StoryId followed;
    private int pollBefore = -1;

    StoryEditorView(StoryService stories, WorkflowService workflow, DraftingService drafting, IngestService ingest, NewsdeskProperties props,
            ReviewService reviews, PresenceService presence, UserService users, ClaimCheckService claimCheck, EditorService editor,
            org.newsdesk.drafting.TranslationService translationService) {
        this.stories = stories;
        this.workflow = workflow;
        this.drafting = drafting;
        this.editor = editor;
        this.presence = presence;
        this.users = users;
        this.languages = props.languages();
        this.defaultZone = props.publishing().defaultZone();
        this.form = new ContentForm(languages, (where, editing) -> {
            if (id != null) {
                presence.editing(id, sessionId, editing ? where : null);
            }
        }, this::openRedraft, () -> drafting.provenance(id), () -> zone);
        this.translations = new TranslationsPanel(stories, translationService, this::reload, this::refreshCapabilities);
        this.side = new SidePanel(stories, ingest, claimCheck, reviews, workflow, languages, () -> form.content(story.content()), () -> zone,
                this::reload, restored -> {
                    story = restored;
                    render();
                }, this::showClaimInField);
        addClassName("nd-editor");
        setPadding(false);
        setSpacing(false);

        state.addClassName("nd-state");
        state.setId("story-state");
        revisionInfo.addClassName("nd-provenance");
        revisionInfo.setId("revision-info");
        scheduleInfo.setId("schedule-info");
        scheduleInfo.addClassName("nd-schedule");
        saveStatus.setId("save-status");
        saveStatus.addClassName("nd-provenance");
        presenceBar.setId("presence");
        presenceBar.addClassName("nd-provenance");
        for (ComboBox<UserAccount> s : List.of(assignedEditor, assignedReviewer)) {
            s.setPlaceholder("Unassigned");
            s.setClearButtonVisible(true);
            s.setItemLabelGenerator(UserAccount::displayName);
            s.setWidth("11rem");
            s.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    assign();
                }
            });
        }
        assignedEditor.setId("assigned-editor");
        assignedReviewer.setId("assigned-reviewer");

        save.setId("save-story");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> saveContent());
        draftButton.setId("draft-ai");
        draftButton.addClickListener(e -> startDraft());
        cancelDraft.setId("cancel-draft");
        cancelDraft.addClickListener(e -> drafting.cancel(id));
        draftStatus.setId("draft-status");
        draftStatus.addClassName("nd-drafting");
        why.setId("why-editing");
        why.addClassName("nd-why");
        // the story as readers will see it, and shared preview links: the publishing module's preview view
        Button preview = new Button("Preview", e -> getUI().ifPresent(ui -> ui.navigate("stories/" + id.value() + "/preview")));
        preview.setId("preview-story");
        failedParts.setId("failed-parts");
        failedParts.addClassName("nd-llm-help");
        failedParts.setVisible(false);
        cost.addClassName("nd-provenance");
        cost.setId("story-cost");
        unsavedBanner.setId("unsaved-banner");
        unsavedBanner.addClassName("nd-llm-help");
        unsavedBanner.setVisible(false);

        Div heading = new Div(title, state, revisionInfo, scheduleInfo);
        heading.addClassName("nd-bar-heading");
        Div people = new Div(assignedEditor, assignedReviewer, presenceBar);
        people.addClassName("nd-bar-people");
        toggleSide.setId("toggle-side");
        toggleSide.addClassName("nd-narrow-only");
        toggleSide.addClickListener(e -> showSideOnNarrow(!workspace.hasClassName("nd-show-side")));
        Div work = new Div(save, draftButton, cancelDraft, preview, toggleSide, saveStatus, draftStatus);
        work.addClassName("nd-bar-work");
        Div bar = new Div(heading, people, work, actions, why);
        bar.setId("editor-bar");
        bar.addClassName("nd-bar");

        Div main = new Div(failedParts, unsavedBanner, form, translations, cost);
        main.addClassName("nd-main");
        workspace.add(main, side);
        workspace.addClassName("nd-workspace");
        add(bar, workspace);
        // the side panel sticks just below the bar, however many lines of reasons the bar holds now
        addAttachListener(e -> getElement().executeJs("""
                if (!this.__ndBarObserver) {
                  const bar = this.querySelector('#editor-bar');
                  this.__ndBarObserver = new ResizeObserver(() => this.style.setProperty('--nd-bar-height', bar.offsetHeight + 'px'));
                  this.__ndBarObserver.observe(bar);
                }"""));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = new StoryId(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
            story = stories.get(id);
        } catch (IllegalArgumentException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "There is no such story.");
            return;
        }
        // Vaadin keeps this screen when the person goes from one story to another: what it followed
        // of the first story (draft events, presence, what was said about saves) moves to this one
        boolean moved = followed != null && !followed.equals(id);
        if (moved) {
            unfollow(event.getUI());
            othersNote = null;
            noticedVersion = -1;
            autosavedAt = null;
        }
        zone = browserZone();
        render();
        renderAssignment();
        renderUnsaved();
        if (moved) {
            follow(event.getUI());
        }
        if (caps.can(Capability.ACCEPT_CLAIM) && !caps.unresolvedClaims().isEmpty()) {
            side.select(SidePanel.Pane.CLAIMS); // what a reviewer has to settle first
        }
        event.getLocation().getQueryParameters().getSingleParameter("tab").ifPresent(tab -> Arrays.stream(SidePanel.Pane.values())
                .filter(p -> p.name().equalsIgnoreCase(tab)).findFirst().ifPresent(side::select));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        follow(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unfollow(event.getUI());
    }

    /** Subscribes this screen to its story: draft events, presence, and the poll that autosaves and follows others. */
    private void follow(UI ui) {
        if (id != null) {
            followed = id;
            unsubscribe = drafting.subscribe(id, e -> ui.access(() -> onDraftEvent(e)));
            drafting.partialDraft(id).ifPresent(form::showPartial);
            me = CurrentUser.require().id();
            leave = presence.join(id, sessionId, people -> ui.access(() -> showPresence(people)));
            pollBefore = ui.getPollInterval();
            ui.setPollInterval(AUTOSAVE_EVERY_MS);
            poll = ui.addPollListener(e -> {
                presence.stillHere(id, sessionId);
                autosave();
                followOthers();
                refreshProviderPause();
            });
        }
    }

    private void unfollow(UI ui) {
        followed = null;
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        if (leave != null) {
            leave.run();
            leave = null;
        }
        if (poll != null) {
            poll.remove();
            poll = null;
            ui.setPollInterval(pollBefore); // the frame's own, slower poll
        }
    }

    /** Narrow screens show the content or the side panel, not both; wide ones show both whatever this says. */
    void showSideOnNarrow(boolean side) {
        workspace.setClassName("nd-show-side", side);
        toggleSide.setText(side ? "Back to the story" : "Sources, claims, notes");
    }

    /** A claim chosen in the side panel, shown where it stands in the form: scrolled to, its words selected. */
    private void showClaimInField(ContentField field, String language, String words) {
        showSideOnNarrow(false);
        form.locate(field, language, words);
    }

    /** The other people on the story, each once however many tabs they have open, with the field they are editing. */
    private void showPresence(List<Presence> people) {
        Map<UserId, String> others = new java.util.LinkedHashMap<>();
        for (Presence p : people) {
            if (!p.user().equals(me)) {
                others.merge(p.user(), p.name() + (p.editing() == null ? "" : " (editing " + p.editing() + ")"),
                        (a, b) -> a.contains("(editing") ? a : b);
            }
        }
        presenceBar.setText(others.isEmpty() ? "" : "Also here: " + String.join(", ", others.values()));
    }

    /** Keeps unsaved typing every few seconds, so a crash or a closed tab loses at most that much. */
    void autosave() {
        if (story == null || caps == null || !caps.can(Capability.SAVE) || showingDraft || drafting.isRunning(id)) {
            return;
        }
        StoryContent typed = form.content(story.content());
        if (!typed.changedFrom(story.content(), languages).isEmpty()) { // (a new story's empty fields are no typing)
            stories.autosave(id, story.version(), typed);
            autosavedAt = Instant.now();
            showSaveStatus();
        }
    }

    /**
     * On the editor's poll: another person's save or transition shows without reloading the
     * page. With nothing typed here the screen follows the story; with typing, nothing on screen is
     * replaced and the status says that saving will merge with their revision.
     */
    void followOthers() {
        if (story == null || showingDraft) {
            return;
        }
        long now = stories.version(id);
        if (now == story.version() || now == noticedVersion) {
            return;
        }
        Story latest = stories.get(id);
        boolean newRevision = latest.current().number() != story.current().number();
        String who = authorName(latest.current());
        if (form.content(story.content()).changedFrom(story.content(), languages).isEmpty()) {
            story = latest;
            render();
            othersNote = newRevision ? who + " saved revision " + latest.current().number() + " at " + when(latest.current().createdAt()) + "; shown now" : null;
        } else {
            noticedVersion = now;
            othersNote = newRevision ? who + " saved revision " + latest.current().number() + " at " + when(latest.current().createdAt())
                    + "; saving merges your changes with theirs" : null;
        }
        showSaveStatus();
    }

    private String authorName(Revision revision) {
        return revision.author() == null ? "The AI draft" : users.find(revision.author()).map(UserAccount::displayName).orElse("Someone");
    }

    private void reload() {
        story = stories.get(id);
        render();
    }

    /** Everything the bar, the form and the side panel show, from the story and this person's capabilities on it. */
    private void render() {
        caps = editor.capabilities(story, zone);
        StoryContent content = story.content();
        String headline = content.headline(languages);
        title.setText(headline.isBlank() ? "Untitled story" : headline);
        state.setText(story.state().label());
        state.getElement().setAttribute("data-state", story.state().name());
        revisionInfo.setText("Revision " + story.current().number() + " · " + story.current().reason());
        scheduleInfo.setVisible(story.schedule() != null);
        scheduleInfo.setText(story.schedule() == null ? "" : "Goes live " + ReleaseTimes.describe(story.schedule()) + inZone(story.schedule(), zone));

        showingDraft = false;
        form.fill(content);
        form.setReadOnly(!caps.can(Capability.EDIT));
        form.setRedraftable(caps.can(Capability.REDRAFT));
        form.flagClaims(caps.unresolvedClaims());
        translations.show(story, caps);
        renderProvenance();

        showCapabilities();
        showSaveStatus();
        side.show(id, story, caps);
    }

    /** The buttons and steps as {@link #caps} allows them, and why not the rest. */
    private void showCapabilities() {
        save.setVisible(caps.shows(Capability.SAVE));
        save.setEnabled(caps.can(Capability.SAVE));
        draftButton.setVisible(caps.shows(Capability.DRAFT));
        draftButton.setEnabled(caps.can(Capability.DRAFT));
        cancelDraft.setVisible(caps.can(Capability.CANCEL_DRAFT));
        why.setText(caps.whyNot(Capability.SAVE).filter(r -> caps.shows(Capability.SAVE))
                .or(() -> caps.whyNot(Capability.DRAFT).filter(r -> caps.shows(Capability.DRAFT)))
                .or(() -> caps.whyNot(Capability.EDIT).filter(r -> caps.shows(Capability.EDIT))).orElse(""));
        renderDrafting();
        actions.show(caps);
    }

    /**
     * Asks again what the person may do, leaving the form as typed: when a translation update starts,
     * Submit and Save wait for it (with the reason shown), rather than being clicked and refused.
     */
    private void refreshCapabilities() {
        caps = editor.capabilities(id, zone);
        showCapabilities();
    }

    /** "Saved 10:42 · autosaved 10:43", in the person's zone. */
    private void showSaveStatus() {
        saveStatus.setText("Saved " + when(story.current().createdAt()) + (autosavedAt == null ? "" : " · autosaved " + when(autosavedAt))
                + (othersNote == null ? "" : " · " + othersNote));
    }

    private String when(Instant at) {
        var local = at.atZone(zone);
        return (local.toLocalDate().equals(java.time.LocalDate.now(zone)) ? CLOCK : DATE_TIME).format(local);
    }

    private void renderAssignment() {
        List<UserAccount> editors = users.colleagues(Role.EDITOR);
        List<UserAccount> reviewers = users.colleagues(Role.REVIEWER);
        assignedEditor.setItems(editors);
        assignedReviewer.setItems(reviewers);
        assignedEditor.setValue(editors.stream().filter(u -> u.id().equals(story.assignedEditor())).findFirst().orElse(null));
        assignedReviewer.setValue(reviewers.stream().filter(u -> u.id().equals(story.assignedReviewer())).findFirst().orElse(null));
        assignedEditor.setReadOnly(!caps.can(Capability.ASSIGN));
        assignedReviewer.setReadOnly(!caps.can(Capability.ASSIGN));
    }

    private void assign() {
        story = stories.assign(id, assignedEditor.getValue() == null ? null : assignedEditor.getValue().id(),
                assignedReviewer.getValue() == null ? null : assignedReviewer.getValue().id());
        Notification.show("Assignment saved.");
    }

    private void renderUnsaved() {
        unsavedBanner.removeAll();
        // only when what was kept differs from what is on screen (it is the fields typed, on top of what is saved now)
        var unsaved = stories.unsavedWork(story).filter(a -> !a.content().equals(form.content(story.content())));
        unsavedBanner.setVisible(unsaved.isPresent() && caps.can(Capability.SAVE));
        unsaved.ifPresent(a -> {
            Button restore = new Button("Put my unsaved work back", e -> {
                form.fill(a.content());
                unsavedBanner.setVisible(false);
                Notification.show("Your unsaved work is back in the form; save it when ready.");
            });
            restore.setId("restore-unsaved");
            Button discard = new Button("Discard it", e -> {
                stories.discardUnsavedWork(id);
                unsavedBanner.setVisible(false);
            });
            unsavedBanner.add(new Span("You have unsaved work on this story from " + when(a.savedAt()) + ". "), restore, discard);
        });
    }

    private void renderProvenance() {
        form.showProvenance(drafting.provenance(id));
        Usage usage = drafting.usage(id);
        cost.setText(usage.calls() + usage.reused() == 0 ? "" : "AI cost of this story: " + usage.tokens() + " tokens, about US$"
                + usage.costUsd().setScale(4, java.math.RoundingMode.HALF_UP) + " (" + usage.calls() + (usage.calls() == 1 ? " call" : " calls")
                + (usage.reused() > 0 ? ", " + usage.reused() + (usage.reused() == 1 ? " answer" : " answers") + " reused" : "") + ")");
    }

    private void renderDrafting() {
        var latest = drafting.latestJob(id); // read once for both lines below
        renderFailedParts(latest, caps.can(Capability.DRAFT));
        if (caps.runningDraft() != null) {
            draftStatus.setText(caps.runningDraft() + "…");
            draftStatus.removeClassName("nd-failed");
        } else {
            // a failed or cancelled draft is news to whoever may draft, until the story is saved again:
            // not a red line shown to a reviewer or publisher days later
            var ended = latest.filter(j -> j.status() == DraftJob.Status.FAILED || j.status() == DraftJob.Status.CANCELLED)
                    .filter(j -> caps.can(Capability.DRAFT) && j.finishedAt() != null && !j.finishedAt().isBefore(story.current().createdAt()));
            draftStatus.setText(ended.map(this::outcome).orElse(""));
            draftStatus.setClassName("nd-failed", ended.filter(j -> j.status() == DraftJob.Status.FAILED).isPresent());
        }
        renderProviderPause(caps.shows(Capability.DRAFT) && caps.runningDraft() == null);
    }

    /**
     * What the bar says of a draft that ended without writing: its whole message, unless the panel of failed
     * sections below it already names each cause and the reference; then only the outcome, so nothing is read twice.
     */
    private String outcome(DraftJob job) {
        return job.status() == DraftJob.Status.FAILED && failedParts.isVisible() ? FAILED_SEE_BELOW : job.error();
    }

    /** The parts the last draft could not write, each with its cause, and the action that drafts only them. */
    private void renderFailedParts(java.util.Optional<DraftJob> latest, boolean mayRetry) {
        failedParts.removeAll();
        var last = latest.filter(j -> !j.failedParts().isEmpty()
                && (j.status() == DraftJob.Status.PARTIAL || j.status() == DraftJob.Status.FAILED));
        failedParts.setVisible(last.isPresent() && mayRetry);
        last.ifPresent(job -> {
            failedParts.add(new Span(job.status() == DraftJob.Status.PARTIAL
                    ? "This draft is partial: these sections could not be drafted (reference " + job.reference() + "):"
                    : "These sections could not be drafted (reference " + job.reference() + "):"));
            // one line per cause, naming its sections: ten sections failing alike read as one line, not ten
            var byCause = new java.util.LinkedHashMap<String, List<org.newsdesk.drafting.FailedPart>>();
            job.failedParts().forEach(p -> byCause.computeIfAbsent(p.cause(), c -> new java.util.ArrayList<>()).add(p));
            var list = new com.vaadin.flow.component.html.UnorderedList();
            byCause.forEach((cause, parts) -> list.add(new com.vaadin.flow.component.html.ListItem(
                    org.newsdesk.drafting.FailedPart.describe(parts, ContentField.Section.values().length, languages.size()) + ": " + cause)));
            Button retry = new Button("Retry these sections", e -> draftKeepingTyping(() -> drafting.retryFailedParts(id, story.version(), form.content(story.content()))));
            retry.setId("retry-failed-parts");
            if (drafting.providerState().paused()) {
                retry.setEnabled(false);
                retry.setTooltipText("Drafting is paused while the provider recovers; retry when the pause ends.");
            }
            failedParts.add(list, retry);
        });
    }

    /** While the provider is paused, the draft button says until when instead of failing on a click. */
    private void renderProviderPause(boolean mayDraft) {
        var provider = drafting.providerState();
        if (mayDraft && provider.paused()) {
            draftButton.setText("AI paused until " + java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(zone)
                    .format(provider.pausedUntil().plusSeconds(59)));
            draftButton.setEnabled(false);
            draftButton.setTooltipText("After " + provider.failedDraftsInARow() + " drafts in a row failed on the provider, drafting waits for it to "
                    + "recover; it tries again by itself then. An admin can resume it at once under Prompts and AI cost.");
        } else {
            draftButton.setText("Draft with AI");
            draftButton.setTooltipText(null);
        }
    }

    /** On the editor's poll: a pause that began or ended shows without reloading. */
    private void refreshProviderPause() {
        if (story != null && draftButton.isVisible() && !showingDraft) {
            boolean wasPaused = draftButton.getText().startsWith("AI paused");
            if (wasPaused != drafting.providerState().paused()) {
                renderDrafting();
                if (wasPaused) {
                    draftButton.setEnabled(caps.can(Capability.DRAFT)); // the pause is over: the button works again without a reload
                }
            }
        }
    }

    /** Starts drafting after saving what this person typed, so that a failed draft never costs their typing. */
    private void draftKeepingTyping(java.util.function.Supplier<org.newsdesk.drafting.DraftJobId> start) {
        long before = story.version();
        try {
            start.get();
        } catch (StaleStoryException e) {
            Notification n = Notification.show("Someone saved this story meanwhile: your changes are being merged first; nothing was drafted yet.", 8000,
                    Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.WARNING);
            saveContent();
            return;
        }
        story = stories.get(id); // it may hold the person's typing as a new revision now
        if (story.version() != before && story.current().authorKind() == org.newsdesk.story.AuthorKind.PERSON) {
            Notification.show("What you typed is saved as revision " + story.current().number() + " before drafting.");
            // the bar names the revision the story is at now
            String headline = story.content().headline(languages);
            title.setText(headline.isBlank() ? "Untitled story" : headline);
            revisionInfo.setText("Revision " + story.current().number() + " · " + story.current().reason());
        }
        startedDrafting();
    }

    /** Whether the form shows a running draft (for tests). */
    boolean showingDraftForTest() {
        return showingDraft;
    }

    private void take(Transition t) {
        if (t.needsReleaseTime()) {
            openScheduleDialog(t);
        } else if (t.needsNote() || t == Transition.PUBLISH) {
            new TransitionDialog(t, note -> perform(t, note)).open();
        } else {
            perform(t, null);
        }
    }

    private void perform(Transition t, String note) {
        String refusal = null;
        try {
            story = workflow.perform(id, t, note);
            Notification.show(done(t));
        } catch (WorkflowException | IllegalStateException refused) {
            refusal = refused.getMessage();
            story = stories.get(id);
        }
        render();
        if (refusal != null) {
            actions.showRefusal("“" + t.label() + "” was not done: " + refusal); // beside the buttons, until the next step
        }
    }

    /** What a step did, in words: "Submitted for review: the story is in review now." */
    static String done(Transition t) {
        return switch (t) {
            case SUBMIT -> "Submitted for review.";
            case REQUEST_CHANGES -> "Changes requested: the editor is told, with your note.";
            case APPROVE -> "Approved: a publisher can schedule or publish it now.";
            case PUBLISH -> "Published.";
            case UNPUBLISH -> "Unpublished: the article is withdrawn from the public site.";
            case UNSCHEDULE -> "Taken off the schedule: the story stays approved.";
            case REOPEN -> "Reopened as a draft.";
            case KILL -> "Killed.";
            case SCHEDULE, RESCHEDULE -> "Scheduled.";
            default -> t.label() + ".";
        };
    }

    /**
     * The release time: the desk's one release-time picker, in the publisher's own zone as the browser
     * reports it unless they pick another, shown back in that zone and in UTC before they confirm.
     */
    private void openScheduleDialog(Transition t) {
        Dialog d = new Dialog(t.label());
        d.setId("schedule-dialog");
        ZoneId in = story.schedule() != null ? story.schedule().zone() : zone;
        ReleaseTimeField when = new ReleaseTimeField("Release date and time", "release",
                story.schedule() != null ? story.schedule().local().toLocalDateTime() : LocalDateTime.now(in).plusHours(1).truncatedTo(ChronoUnit.HOURS), in);
        Button confirm = when.confirm(t.label(), "confirm-schedule", d,
                (local, chosenZone) -> story = t == Transition.RESCHEDULE ? workflow.reschedule(id, local, chosenZone) : workflow.schedule(id, local, chosenZone),
                meant -> {
                    Notification.show(done(t));
                    render();
                });
        d.add(when);
        d.getFooter().add(new Button("Cancel", e -> d.close()), confirm);
        d.open();
    }

    private static String inZone(org.newsdesk.story.Schedule schedule, ZoneId viewer) {
        if (viewer.getRules().getOffset(schedule.at()).equals(schedule.zone().getRules().getOffset(schedule.at()))) {
            return "";
        }
        return " · " + DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH).format(schedule.at().atZone(viewer)) + " your time ("
                + viewer.getId() + ")";
    }

    /** The signed-in person's time zone as the browser reports it, or the desk's default. */
    private ZoneId browserZone() {
        return org.newsdesk.platform.PersonTime.zone(ZoneId.of(defaultZone));
    }

    private void saveContent() {
        save(form.content(story.content()), story.content(), story.version());
    }

    /** Saves {@code mine}, loaded at {@code baseVersion} with {@code base}; if someone saved since, merges or asks. */
    private void save(StoryContent mine, StoryContent base, long baseVersion) {
        try {
            Story saved = stories.saveContent(id, baseVersion, mine, null);
            boolean changed = saved.version() != baseVersion;
            story = saved;
            autosavedAt = null;
            othersNote = null;
            Notification.show(changed ? "Saved as revision " + story.current().number() + "." : "No changes to save.");
            render();
        } catch (StaleStoryException e) {
            Story latest = stories.get(id);
            var merge = ContentMerge.of(base, mine, latest.content(), languages);
            String other = authorName(latest.current());
            if (merge.clean()) {
                story = latest;
                save(merge.merged(), latest.content(), latest.version());
                Notification.show(other + " saved changes to other fields meanwhile; both are kept.");
            } else {
                new ConflictDialog(other, merge, merged -> save(merged, latest.content(), latest.version())).open();
            }
        } catch (IllegalStateException refused) {
            actions.showRefusal("Not saved: " + refused.getMessage()); // beside the buttons, until the next step
        }
    }

    private void startDraft() {
        try {
            draftKeepingTyping(() -> drafting.redraftKeeping(id, DraftScope.everything(), story.version(), form.content(story.content())));
        } catch (IllegalStateException refused) {
            draftStatus.setText(refused.getMessage());
        }
    }

    private void startedDrafting() {
        showingDraft = true;
        failedParts.setVisible(false);
        draftStatus.setText("AI drafting in progress…");
        draftStatus.removeClassName("nd-failed");
        draftButton.setEnabled(false);
        save.setEnabled(false);
        form.setReadOnly(true);
        cancelDraft.setVisible(draftButton.isVisible()); // whoever may draft may cancel
    }

    private void onDraftEvent(DraftEvent event) {
        switch (event) {
            case DraftEvent.Progress p -> {
                // someone else (perhaps on another node) started it: the fields are the draft's until it ends
                startedDrafting();
                form.showPartial(p.partial());
                form.markDrafting(p.partial(), drafting.status().model());
                draftStatus.setText("AI drafting in progress… " + p.done() + " of " + p.total() + " sections done" + (p.note() == null ? "" : " · " + p.note()));
            }
            case DraftEvent.Finished f -> {
                reload();
                draftStatus.setText(f.message());
                draftStatus.removeClassName("nd-failed");
                Notification n = Notification.show(f.message());
                n.addThemeVariants(NotificationVariant.SUCCESS);
            }
            case DraftEvent.Failed f -> {
                reload();
                draftStatus.setText(failedParts.isVisible() ? FAILED_SEE_BELOW : f.message());
                // said once, in red in the bar (and the failed sections below it): no toast over the search box
                draftStatus.setClassName("nd-failed", !f.message().startsWith("Drafting was cancelled"));
            }
        }
    }

    /** Redrafting a section, or one field of it, after saving what this person typed. */
    private void openRedraft(ContentField.Section section) {
        new RedraftDialog(section, scope -> draftKeepingTyping(() -> drafting.redraftKeeping(id, scope, story.version(), form.content(story.content()))))
                .open();
    }
}
