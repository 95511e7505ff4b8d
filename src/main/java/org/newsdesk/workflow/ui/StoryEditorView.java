package org.newsdesk.workflow.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.drafting.DraftEvent;
import org.newsdesk.drafting.DraftJob;
import org.newsdesk.drafting.DraftingService;
import org.newsdesk.drafting.FieldProvenance;
import org.newsdesk.identity.Actor;
import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.Role;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.SourceItem;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.workflow.AuditEntry;
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

    private StoryId id;
    private Story story;
    private Runnable unsubscribe;

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
    private final Map<String, TextField> headlines = new HashMap<>();
    private final Map<String, TextArea> summaries = new HashMap<>();
    private final Map<String, TextArea> tldrs = new HashMap<>();
    private final Map<String, Span> provenanceLabels = new HashMap<>();
    private final VerticalLayout sourcesPanel = new VerticalLayout();
    private final VerticalLayout auditPanel = new VerticalLayout();

    StoryEditorView(StoryService stories, WorkflowService workflow, DraftingService drafting, IngestService ingest, NewsdeskProperties props) {
        this.stories = stories;
        this.workflow = workflow;
        this.drafting = drafting;
        this.ingest = ingest;
        this.languages = props.languages();
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
        toolbar.setAlignItems(Alignment.CENTER);

        FlexLayout languagesLayout = new FlexLayout();
        languagesLayout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        languagesLayout.getStyle().set("gap", "1rem");
        languagesLayout.setWidthFull();
        for (String lang : languages) {
            languagesLayout.add(languageCard(lang));
        }

        sourcesPanel.setPadding(false);
        auditPanel.setPadding(false);
        auditPanel.setId("audit-trail");
        add(header, revisionInfo, scheduleInfo, actions, toolbar, llmHelp, languagesLayout, new H3("Sources"), sourcesPanel, new H3("History"), auditPanel);
    }

    private VerticalLayout languageCard(String lang) {
        TextField headline = new TextField("Headline");
        headline.setId("headline-" + lang);
        headline.setWidthFull();
        TextArea summary = new TextArea("Summary");
        summary.setId("summary-" + lang);
        summary.setWidthFull();
        TextArea tldr = new TextArea("TL;DR (one bullet per line)");
        tldr.setId("tldr-" + lang);
        tldr.setWidthFull();
        Span provenance = new Span();
        provenance.addClassName("nd-provenance");
        provenance.setId("provenance-" + lang);
        headlines.put(lang, headline);
        summaries.put(lang, summary);
        tldrs.put(lang, tldr);
        provenanceLabels.put(lang, provenance);
        VerticalLayout card = new VerticalLayout(new H4(languageName(lang)), headline, summary, tldr, provenance);
        card.addClassName("nd-language");
        card.setSpacing(false);
        return card;
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
            drafting.partialDraft(id).ifPresent(this::showPartial);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
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
        for (String lang : languages) {
            LocalizedContent c = content.in(lang);
            headlines.get(lang).setValue(c.headline());
            summaries.get(lang).setValue(c.summary());
            tldrs.get(lang).setValue(String.join("\n", c.tldr()));
            headlines.get(lang).setReadOnly(!editable || running);
            summaries.get(lang).setReadOnly(!editable || running);
            tldrs.get(lang).setReadOnly(!editable || running);
        }
        save.setVisible(editable);
        save.setEnabled(!running);
        renderProvenance();
        renderDrafting(running);
        renderActions();
        renderSources();
        renderAudit();
    }

    private void renderProvenance() {
        Map<String, List<FieldProvenance>> byLang = new HashMap<>();
        drafting.provenance(id).forEach(p -> byLang.computeIfAbsent(p.language(), l -> new java.util.ArrayList<>()).add(p));
        for (String lang : languages) {
            Span label = provenanceLabels.get(lang);
            List<FieldProvenance> list = byLang.getOrDefault(lang, List.of());
            if (list.isEmpty()) {
                label.setText("Written by people.");
                label.getElement().setAttribute("data-edited", "false");
                continue;
            }
            FieldProvenance p = list.getFirst();
            long edited = list.stream().filter(FieldProvenance::editedByPerson).count();
            int tokens = list.stream().mapToInt(f -> f.promptTokens() + f.completionTokens()).sum();
            StringBuilder text = new StringBuilder("AI draft: ").append(p.model()).append(" (").append(p.provider()).append(", prompt ")
                    .append(p.promptVersion()).append(") at ").append(TIME.format(p.generatedAt())).append(" · ").append(tokens).append(" tokens");
            if (edited > 0) {
                text.append(" · edited by a person: ").append(list.stream().filter(FieldProvenance::editedByPerson)
                        .map(f -> f.field().label()).reduce((a, b) -> a + ", " + b).orElse(""));
            }
            label.setText(text.toString());
            label.getElement().setAttribute("data-edited", String.valueOf(edited > 0));
        }
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

    private void renderSources() {
        sourcesPanel.removeAll();
        for (SourceItem s : ingest.findAll(story.sources())) {
            VerticalLayout item = new VerticalLayout();
            item.setPadding(false);
            item.setSpacing(false);
            item.add(new H4(s.title()));
            if (s.url() != null) {
                Anchor link = new Anchor(s.url(), s.displaySource() + " ↗");
                link.setTarget("_blank");
                link.getElement().setAttribute("rel", "noopener noreferrer");
                item.add(link);
            } else {
                item.add(new Span(s.displaySource()));
            }
            Div text = new Div(s.cleanText());
            text.addClassName("nd-source");
            item.add(text);
            sourcesPanel.add(item);
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

    private void saveContent() {
        StoryContent content = story.content();
        for (String lang : languages) {
            content = content.with(lang, new LocalizedContent(headlines.get(lang).getValue().strip(), summaries.get(lang).getValue().strip(),
                    List.of(tldrs.get(lang).getValue().split("\n"))));
        }
        Story saved = stories.saveContent(id, story.version(), content, null);
        boolean changed = saved.version() != story.version();
        story = saved;
        Notification.show(changed ? "Saved as revision " + story.current().number() + "." : "No changes to save.");
        render();
    }

    private void startDraft() {
        drafting.start(id);
        draftStatus.setText("AI drafting in progress…");
        draftButton.setEnabled(false);
        cancelDraft.setVisible(true);
        save.setEnabled(false);
        for (String lang : languages) {
            headlines.get(lang).setReadOnly(true);
            summaries.get(lang).setReadOnly(true);
            tldrs.get(lang).setReadOnly(true);
        }
    }

    private void onDraftEvent(DraftEvent event) {
        switch (event) {
            case DraftEvent.Progress p -> {
                showPartial(p.partial());
                draftStatus.setText("AI drafting in progress… " + p.languagesDone() + " of " + p.languages() + " languages done");
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

    private void showPartial(Map<String, LocalizedContent> partial) {
        partial.forEach((lang, c) -> {
            if (headlines.containsKey(lang)) {
                if (!c.headline().isBlank()) {
                    headlines.get(lang).setValue(c.headline());
                }
                if (!c.summary().isBlank()) {
                    summaries.get(lang).setValue(c.summary());
                }
                if (!c.tldr().isEmpty()) {
                    tldrs.get(lang).setValue(String.join("\n", c.tldr()));
                }
            }
        });
    }

    private static String languageName(String lang) {
        return switch (lang) {
            case "en" -> "English";
            case "zh" -> "Chinese · 中文";
            case "fr" -> "French · Français";
            default -> lang;
        };
    }
}
