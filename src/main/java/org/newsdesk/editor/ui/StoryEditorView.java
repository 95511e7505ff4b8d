package org.newsdesk.editor.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.drafting.DraftEvent;
import org.newsdesk.editor.ContentMerge;
import org.newsdesk.editor.Presence;
import org.newsdesk.editor.PresenceService;
import org.newsdesk.drafting.DraftJob;
import org.newsdesk.drafting.DraftScope;
import org.newsdesk.drafting.Usage;
import org.newsdesk.drafting.DraftingService;
import org.newsdesk.identity.Actor;
import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.Role;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.SourceItem;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.identity.UserAccount;
import org.newsdesk.identity.UserId;
import org.newsdesk.identity.UserService;
import org.newsdesk.story.StaleStoryException;
import org.newsdesk.workflow.AuditEntry;
import org.newsdesk.workflow.ClaimCheckService;
import org.newsdesk.workflow.ReviewService;
import org.newsdesk.workflow.ReleaseTimes;
import org.newsdesk.workflow.Transition;
import org.newsdesk.workflow.WorkflowException;
import org.newsdesk.workflow.WorkflowService;

/**
 * The story editor: content in each desk language with its provenance, the sources beside it,
 * AI drafting streamed in live, and the workflow actions the signed-in person may take now.
 * It uses only the public APIs of the story, drafting, ingest and workflow modules.
 */
@Route("stories/:id")
@PageTitle("Story · Newsdesk")
@RolesAllowed({Role.Names.EDITOR, Role.Names.REVIEWER, Role.Names.PUBLISHER, Role.Names.ADMIN})
public class StoryEditorView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

    private final StoryService stories;
    private final WorkflowService workflow;
    private final DraftingService drafting;
    private final IngestService ingest;
    private final List<String> languages;
    private final String defaultZone;

    private final ReviewService reviews;
    private final PresenceService presence;
    private final UserService users;
    private HistoryPanel history;
    private final Details revisionsDetails;
    private final ContentForm form;
    private final NotesPanel notes;
    private final ClaimsPanel claims;
    private final String sessionId = java.util.UUID.randomUUID().toString();
    final Span presenceBar = new Span();
    final Div unsavedBanner = new Div();
    final ComboBox<UserAccount> assignedEditor = new ComboBox<>("Assigned editor");
    final ComboBox<UserAccount> assignedReviewer = new ComboBox<>("Assigned reviewer");

    private StoryId id;
    private Story story;
    /** Who has this editor open (presence leaves them out of "also here"). */
    private UserId me;
    private Runnable unsubscribe;
    private Runnable leave;
    private com.vaadin.flow.shared.Registration poll;

    private final H2 title = new H2();
    private final Span state = new Span();
    private final Span revisionInfo = new Span();
    final Span scheduleInfo = new Span();
    private final HorizontalLayout actions = new HorizontalLayout();
    final Button draftButton = new Button("Draft with AI");
    final Button cancelDraft = new Button("Cancel drafting");
    final Button save = new Button("Save");
    final Span draftStatus = new Span();
    private final Div llmHelp = new Div();
    private final Span cost = new Span();
    private final VerticalLayout sourcesPanel = new VerticalLayout();
    private final VerticalLayout auditPanel = new VerticalLayout();
    private final Details auditDetails = new Details("Workflow history", auditPanel);

    StoryEditorView(StoryService stories, WorkflowService workflow, DraftingService drafting, IngestService ingest, NewsdeskProperties props,
            ReviewService reviews, PresenceService presence, UserService users, ClaimCheckService claimCheck) {
        this.stories = stories;
        this.workflow = workflow;
        this.drafting = drafting;
        this.ingest = ingest;
        this.languages = props.languages();
        this.reviews = reviews;
        this.presence = presence;
        this.users = users;
        this.notes = new NotesPanel(reviews);
        // the revisions and their diffs are built when someone opens them
        this.revisionsDetails = new Details("Revisions: compare, restore");
        revisionsDetails.setId("revisions");
        revisionsDetails.setWidthFull();
        revisionsDetails.addOpenedChangeListener(e -> {
            if (e.isOpened() && story != null) {
                if (history == null) {
                    history = new HistoryPanel(stories, languages, this::restored);
                    revisionsDetails.add(history);
                }
                history.show(id, story);
            }
        });
        this.form = new ContentForm(languages, (where, editing) -> {
            if (id != null) {
                presence.editing(id, sessionId, editing ? where : null);
            }
        }, this::openRedraft, () -> drafting.provenance(id));
        this.claims = new ClaimsPanel(claimCheck, this::render);
        this.defaultZone = props.publishing().defaultZone();

        state.addClassName("nd-state");
        state.setId("story-state");
        revisionInfo.addClassName("nd-provenance");
        scheduleInfo.setId("schedule-info");
        scheduleInfo.addClassName("nd-schedule");
        HorizontalLayout header = new HorizontalLayout(title, state);
        header.setAlignItems(Alignment.BASELINE);

        draftButton.setId("draft-ai");
        draftButton.addClickListener(e -> startDraft());
        cancelDraft.setId("cancel-draft");
        cancelDraft.addClickListener(e -> drafting.cancel(id));
        draftStatus.setId("draft-status");
        draftStatus.addClassName("nd-drafting");
        llmHelp.setId("llm-help");
        llmHelp.addClassName("nd-llm-help");
        save.setId("save-story");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> saveContent());
        actions.setId("workflow-actions");

        HorizontalLayout toolbar = new HorizontalLayout(save, draftButton, cancelDraft, draftStatus);
        cost.addClassName("nd-provenance");
        cost.setId("story-cost");
        toolbar.setAlignItems(Alignment.CENTER);

        sourcesPanel.setPadding(false);
        auditPanel.setPadding(false);
        auditPanel.setId("audit-trail");
        auditDetails.setId("workflow-history");
        auditDetails.setWidthFull();
        // the steps are listed when someone opens it
        auditDetails.addOpenedChangeListener(e -> {
            if (e.isOpened() && story != null) {
                if (auditDetails.isOpened()) {
            renderAudit();
        }
            }
        });
        presenceBar.setId("presence");
        presenceBar.addClassName("nd-provenance");
        unsavedBanner.setId("unsaved-banner");
        unsavedBanner.addClassName("nd-llm-help");
        unsavedBanner.setVisible(false);
        for (ComboBox<UserAccount> s : List.of(assignedEditor, assignedReviewer)) {
            s.setPlaceholder("Unassigned");
            s.setClearButtonVisible(true);
            s.setItemLabelGenerator(UserAccount::displayName);
        }
        assignedEditor.setId("assigned-editor");
        assignedReviewer.setId("assigned-reviewer");
        assignedEditor.addValueChangeListener(e -> { if (e.isFromClient()) assign(); });
        assignedReviewer.addValueChangeListener(e -> { if (e.isFromClient()) assign(); });
        add(header, revisionInfo, scheduleInfo, presenceBar, new HorizontalLayout(assignedEditor, assignedReviewer), actions, toolbar, cost, llmHelp,
                unsavedBanner, form, new H3("Claim check"), claims, new H3("Sources"), sourcesPanel, new H3("Review notes"), notes, revisionsDetails,
                auditDetails);
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
        render();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        if (id != null) {
            unsubscribe = drafting.subscribe(id, e -> ui.access(() -> onDraftEvent(e)));
            drafting.partialDraft(id).ifPresent(form::showPartial);
            me = CurrentUser.require().id();
            leave = presence.join(id, sessionId, people -> ui.access(() -> showPresence(people)));
            pollBefore = ui.getPollInterval();
            ui.setPollInterval(AUTOSAVE_EVERY_MS);
            poll = ui.addPollListener(e -> autosave());
        }
    }

    static final int AUTOSAVE_EVERY_MS = 5000;
    private int pollBefore = -1;

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
        if (story == null || !save.isVisible() || drafting.isRunning(id)) {
            return;
        }
        StoryContent form = formContent();
        if (!form.equals(story.content())) {
            stories.autosave(id, story.version(), form);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
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
            event.getUI().setPollInterval(pollBefore); // the frame's own, slower poll
        }
    }

    private void render() {
        Actor me = CurrentUser.require();
        StoryContent content = story.content();
        String headline = content.headline(languages);
        title.setText(headline.isBlank() ? "Untitled story" : headline);
        state.setText(story.state().label());
        state.getElement().setAttribute("data-state", story.state().name());
        revisionInfo.setText("Revision " + story.current().number() + " · " + story.current().reason() + " · " + TIME.format(story.current().createdAt()));
        scheduleInfo.setVisible(story.schedule() != null);
        scheduleInfo.setText(story.schedule() == null ? "" : "Goes live " + ReleaseTimes.describe(story.schedule()) + inZone(story.schedule(), browserZone()));

        boolean running = drafting.isRunning(id);
        boolean editable = story.state().acceptsEdits() && (me.has(Role.EDITOR) || me.has(Role.REVIEWER));
        form.fill(content);
        form.setReadOnly(!editable || running);
        getElement().getClassList().set("nd-can-draft", me.has(Role.EDITOR) && story.state().acceptsEdits() && drafting.status().configured());
        save.setVisible(editable);
        save.setEnabled(!running);
        form.flagClaims(claims.show(id));
        renderProvenance();
        renderDrafting(running);
        renderActions();
        renderSources();
        renderAudit();
        renderAssignment();
        notes.show(id, languages);
        if (revisionsDetails.isOpened()) {
            history.show(id, story);
        }
        renderUnsaved();
    }

    private void renderAssignment() {
        List<UserAccount> editors = users.colleagues(Role.EDITOR);
        List<UserAccount> reviewers = users.colleagues(Role.REVIEWER);
        assignedEditor.setItems(editors);
        assignedReviewer.setItems(reviewers);
        assignedEditor.setValue(editors.stream().filter(u -> u.id().equals(story.assignedEditor())).findFirst().orElse(null));
        assignedReviewer.setValue(reviewers.stream().filter(u -> u.id().equals(story.assignedReviewer())).findFirst().orElse(null));
    }

    private void assign() {
        story = stories.assign(id, assignedEditor.getValue() == null ? null : assignedEditor.getValue().id(),
                assignedReviewer.getValue() == null ? null : assignedReviewer.getValue().id());
        Notification.show("Assignment saved.");
    }

    private void renderUnsaved() {
        unsavedBanner.removeAll();
        var unsaved = stories.unsavedWork(id);
        unsavedBanner.setVisible(unsaved.isPresent() && save.isVisible());
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
            unsavedBanner.add(new Span("You have unsaved work on this story from " + TIME.format(a.savedAt()) + ". "), restore, discard);
        });
    }

    private void restored(Story restoredStory) {
        story = restoredStory;
        render();
    }

    private void renderProvenance() {
        form.showProvenance(drafting.provenance(id));
        Usage usage = drafting.usage(id);
        cost.setText(usage.calls() + usage.reused() == 0 ? "" : "AI cost of this story: " + usage.tokens() + " tokens, about US$"
                + usage.costUsd().setScale(4, java.math.RoundingMode.HALF_UP) + " (" + usage.calls() + " calls"
                + (usage.reused() > 0 ? ", " + usage.reused() + " answers reused" : "") + ")");
    }

    private void renderDrafting(boolean running) {
        Actor me = CurrentUser.require();
        var status = drafting.status();
        boolean canDraft = me.has(Role.EDITOR) && story.state().acceptsEdits();
        draftButton.setVisible(canDraft);
        draftButton.setEnabled(status.configured() && !running);
        cancelDraft.setVisible(canDraft && running);
        llmHelp.setVisible(canDraft && !status.configured());
        llmHelp.setText(status.help());
        if (running) {
            draftStatus.setText("AI drafting in progress…");
        } else {
            draftStatus.setText(drafting.latestJob(id).filter(j -> j.status() == DraftJob.Status.FAILED || j.status() == DraftJob.Status.CANCELLED)
                    .map(DraftJob::error).orElse(""));
        }
    }

    private void renderActions() {
        actions.removeAll();
        for (Transition t : workflow.availableActions(id)) {
            Button b = new Button(t.label(), e -> take(t));
            b.setId("action-" + t.name());
            if (t == Transition.APPROVE || t == Transition.PUBLISH || t == Transition.SUBMIT || t == Transition.SCHEDULE) {
                b.addThemeVariants(ButtonVariant.PRIMARY);
            }
            actions.add(b);
        }
    }

    /** Each source by its title and outlet; its text is loaded when someone opens it (an open editor does not hold it). */
    private void renderSources() {
        sourcesPanel.removeAll();
        for (SourceItem listed : ingest.findAll(story.sources())) {
            var sourceId = listed.id();
            Details source = new Details(listed.title() + " · " + listed.displaySource());
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
            sourcesPanel.add(source);
        }
    }

    private void renderAudit() {
        auditPanel.removeAll();
        List<AuditEntry> history = workflow.history(id);
        if (history.isEmpty()) {
            auditPanel.add(new Span("No workflow steps yet."));
        }
        for (AuditEntry a : history) {
            Div row = new Div(TIME.format(a.at()) + " · " + a.actor() + " · " + a.action() + ": " + a.from().label() + " → " + a.to().label()
                    + (a.revision() == null ? "" : " · revision " + a.revision().value()) + (a.note() == null ? "" : " · “" + a.note() + "”"));
            row.addClassName("nd-audit-row");
            auditPanel.add(row);
        }
    }

    private void take(Transition t) {
        if (t.needsReleaseTime()) {
            openScheduleDialog(t);
        } else if (t.needsNote()) {
            Dialog d = new Dialog(t.label());
            TextArea note = new TextArea("Note (required)");
            note.setId("transition-note");
            note.setWidth("28rem");
            Button confirm = new Button(t.label(), e -> {
                story = workflow.perform(id, t, note.getValue());
                d.close();
                done(t);
            });
            confirm.setId("confirm-transition");
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            d.add(note);
            d.getFooter().add(new Button("Cancel", e -> d.close()), confirm);
            d.open();
        } else {
            story = workflow.perform(id, t, null);
            done(t);
        }
    }

    /**
     * The release time: a date and time on the wall clock of a named zone (the publisher's own, as the
     * browser reports it, unless they pick another), shown back in that zone and in UTC before they
     * confirm. What the time means, and whether it is acceptable, is the workflow's to say.
     */
    private void openScheduleDialog(Transition t) {
        Dialog d = new Dialog(t.label());
        d.setId("schedule-dialog");
        ZoneId zone = story.schedule() != null ? story.schedule().zone() : browserZone();
        DateTimePicker when = new DateTimePicker("Release date and time");
        when.setId("release-time");
        when.setStep(java.time.Duration.ofMinutes(15));
        when.setValue(story.schedule() != null ? story.schedule().local().toLocalDateTime()
                : LocalDateTime.now(zone).plusHours(1).truncatedTo(ChronoUnit.HOURS));
        ComboBox<String> zones = new ComboBox<>("Time zone");
        zones.setId("release-zone");
        zones.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zones.setValue(zone.getId());
        zones.setWidth("18rem");
        Span preview = new Span();
        preview.setId("release-preview");
        preview.addClassName("nd-release-preview");
        Runnable update = () -> preview.setText(describeChoice(when.getValue(), zones.getValue()));
        when.addValueChangeListener(e -> update.run());
        zones.addValueChangeListener(e -> update.run());
        update.run();
        Button confirm = new Button(t.label(), e -> {
            try {
                ZoneId chosen = zones.getValue() == null ? null : ZoneId.of(zones.getValue());
                story = t == Transition.RESCHEDULE ? workflow.reschedule(id, when.getValue(), chosen) : workflow.schedule(id, when.getValue(), chosen);
                d.close();
                done(t);
            } catch (WorkflowException refused) {
                preview.setText(refused.getMessage());
                preview.getElement().setAttribute("data-error", "true");
            }
        });
        confirm.setId("confirm-schedule");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        VerticalLayout form = new VerticalLayout(when, zones, preview);
        form.setPadding(false);
        d.add(form);
        d.getFooter().add(new Button("Cancel", e -> d.close()), confirm);
        d.open();
    }

    /** What the chosen time means, in its zone and in UTC (or why it cannot be used). */
    static String describeChoice(LocalDateTime local, String zoneId) {
        if (local == null || zoneId == null) {
            return "Pick a date, a time and a time zone.";
        }
        try {
            var schedule = ReleaseTimes.resolve(local, ZoneId.of(zoneId));
            return "Goes live " + ReleaseTimes.describe(schedule) + ReleaseTimes.ambiguity(local, ZoneId.of(zoneId)).map(a -> ". " + a).orElse("");
        } catch (WorkflowException e) {
            return e.getMessage();
        }
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
        try {
            var details = UI.getCurrent() == null ? null : UI.getCurrent().getPage().getExtendedClientDetails();
            if (details != null && details.getTimeZoneId() != null && !details.getTimeZoneId().isBlank()) {
                return ZoneId.of(details.getTimeZoneId());
            }
        } catch (RuntimeException unknown) {
            // no details from this browser (yet): fall back to the desk's default
        }
        return ZoneId.of(defaultZone);
    }

    private void done(Transition t) {
        Notification.show(t.label() + ": the story is now " + story.state().label().toLowerCase() + ".");
        render();
    }

    private StoryContent formContent() {
        return form.content(story.content());
    }

    private void saveContent() {
        save(formContent(), story.content(), story.version());
    }

    /** Saves {@code mine}, loaded at {@code baseVersion} with {@code base}; if someone saved since, merges or asks. */
    private void save(StoryContent mine, StoryContent base, long baseVersion) {
        try {
            Story saved = stories.saveContent(id, baseVersion, mine, null);
            boolean changed = saved.version() != baseVersion;
            story = saved;
            Notification.show(changed ? "Saved as revision " + story.current().number() + "." : "No changes to save.");
            render();
        } catch (StaleStoryException e) {
            Story latest = stories.get(id);
            var merge = ContentMerge.of(base, mine, latest.content(), languages);
            String other = latest.current().author() == null ? "The AI draft" : users.find(latest.current().author()).map(UserAccount::displayName).orElse("Someone");
            if (merge.clean()) {
                story = latest;
                save(merge.merged(), latest.content(), latest.version());
                Notification.show(other + " saved changes to other fields meanwhile; both are kept.");
            } else {
                new ConflictDialog(other, merge, merged -> save(merged, latest.content(), latest.version())).open();
            }
        }
    }

    private void startDraft() {
        drafting.start(id);
        startedDrafting();
    }

    private void startedDrafting() {
        draftStatus.setText("AI drafting in progress…");
        draftButton.setEnabled(false);
        cancelDraft.setVisible(draftButton.isVisible()); // whoever may draft may cancel
        save.setEnabled(false);
        form.setReadOnly(true);
    }

    private void onDraftEvent(DraftEvent event) {
        switch (event) {
            case DraftEvent.Progress p -> {
                // someone else (perhaps on another node) started it: the fields are the draft's until it ends
                startedDrafting();
                form.showPartial(p.partial());
                draftStatus.setText("AI drafting in progress… " + p.done() + " of " + p.total() + " parts done");
            }
            case DraftEvent.Finished f -> {
                story = stories.get(id);
                render();
                draftStatus.setText(f.message());
                Notification n = Notification.show(f.message());
                n.addThemeVariants(NotificationVariant.SUCCESS);
            }
            case DraftEvent.Failed f -> {
                story = stories.get(id);
                render();
                draftStatus.setText(f.message());
                Notification n = Notification.show(f.message(), 10000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.ERROR);
            }
        }
    }

    /** Redrafting a section, or one field of it, in every desk language, with an optional instruction. */
    private void openRedraft(ContentField.Section section) {
        Dialog d = new Dialog("Redraft with AI: " + section.label().toLowerCase(Locale.ROOT));
        d.setId("redraft-dialog");
        Select<ContentField> what = new Select<>();
        what.setLabel("Redraft");
        what.setId("redraft-what");
        what.setEmptySelectionAllowed(true);
        what.setEmptySelectionCaption("the whole " + section.label().toLowerCase(Locale.ROOT) + " section");
        what.setItems(java.util.Arrays.stream(ContentField.values()).filter(f -> f.section() == section).toList());
        what.setItemLabelGenerator(f -> f == null ? "the whole " + section.label().toLowerCase(Locale.ROOT) + " section" : "only " + f.label());
        TextArea instruction = new TextArea("Instruction (optional)");
        instruction.setPlaceholder("shorter; focus on the funding; more neutral…");
        instruction.setWidth("28rem");
        instruction.setId("redraft-instruction");
        Checkbox overwrite = new Checkbox("Also replace what a person edited");
        overwrite.setId("redraft-overwrite");
        Checkbox fresh = new Checkbox("Ask the model again even if it answered the same request before");
        fresh.setValue(true);
        Button go = new Button("Redraft", e -> {
            ContentField field = what.getValue();
            drafting.redraft(id, field == null
                    ? DraftScope.section(section, instruction.getValue(), overwrite.getValue(), fresh.getValue())
                    : DraftScope.field(field, instruction.getValue(), overwrite.getValue(), fresh.getValue()));
            d.close();
            startedDrafting();
        });
        go.setId("redraft-go");
        go.addThemeVariants(ButtonVariant.PRIMARY);
        VerticalLayout body = new VerticalLayout(what, instruction, overwrite, fresh);
        body.setPadding(false);
        d.add(body);
        d.getFooter().add(new Button("Cancel", e -> d.close()), go);
        d.open();
    }
}
