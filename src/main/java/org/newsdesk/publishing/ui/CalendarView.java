package org.newsdesk.publishing.ui;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.identity.Role;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.publishing.CalendarEntry;
import org.newsdesk.publishing.PublishingService;
import org.newsdesk.story.StoryFilter;
import org.newsdesk.story.StoryService;
import org.newsdesk.story.StorySummary;
import org.newsdesk.workflow.ReleaseTimeField;
import org.newsdesk.workflow.Transition;
import org.newsdesk.workflow.WorkflowService;

/**
 * The publishing calendar: a week or a month of scheduled, published, late, failed and withdrawn
 * stories, in the time zone the viewer picks. A publisher moves a release by clicking it.
 */
@Route("calendar")
@PageTitle("Calendar · Newsdesk")
@Menu(title = "Calendar", order = 20)
@RolesAllowed({Role.Names.EDITOR, Role.Names.REVIEWER, Role.Names.PUBLISHER, Role.Names.ADMIN})
class CalendarView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter RANGE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final PublishingService publishing;
    private final WorkflowService workflow;
    private final StoryService stories;
    private final String publicBaseUrl;
    /** Approved stories without a release yet, newest first: what a publisher puts on the calendar next. */
    final Div waiting = new Div();
    private static final int WAITING_SHOWN = 20;

    final Select<String> mode = new Select<>();
    final ComboBox<String> zone = new ComboBox<>("Time zone");
    final Span range = new Span();
    final Div grid = new Div();
    private LocalDate anchor;

    CalendarView(PublishingService publishing, WorkflowService workflow, StoryService stories, NewsdeskProperties props) {
        this.publishing = publishing;
        this.workflow = workflow;
        this.stories = stories;
        this.publicBaseUrl = props.publicBaseUrl();
        ZoneId initial = browserZone(props.publishing().defaultZone());
        anchor = LocalDate.now(initial);

        mode.setId("calendar-mode");
        mode.setLabel("Show");
        mode.setItems("Week", "Month");
        mode.setValue("Week");
        mode.addValueChangeListener(e -> refresh());
        zone.setId("calendar-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(initial.getId());
        zone.setWidth("16rem");
        zone.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh();
            }
        });
        Button previous = new Button("‹ Earlier", e -> move(-1));
        previous.setId("calendar-previous");
        Button next = new Button("Later ›", e -> move(1));
        next.setId("calendar-next");
        Button today = new Button("Today", e -> {
            anchor = LocalDate.now(zone());
            refresh();
        });
        today.setId("calendar-today");
        range.setId("calendar-range");
        range.getStyle().set("font-weight", "600");
        HorizontalLayout bar = new HorizontalLayout(mode, zone, previous, today, next, range);
        bar.setAlignItems(Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        grid.setId("calendar-grid");
        grid.addClassName("nd-calendar");
        grid.setWidthFull();
        waiting.setId("calendar-waiting");
        waiting.addClassName("nd-waiting");
        add(new H2("Publishing calendar"), bar, legend(), grid, waiting);
        refresh();
    }

    private static Paragraph legend() {
        Paragraph p = new Paragraph("Scheduled releases, publications (late ones marked), failed releases and withdrawn articles. "
                + "Times are shown in the zone you pick; a release keeps the zone it was set in. Click a scheduled or failed release to move it.");
        p.getStyle().set("font-size", ".85rem").set("color", "#5f6368").set("margin", "0");
        return p;
    }

    private ZoneId zone() {
        return ZoneId.of(zone.getValue());
    }

    private boolean monthly() {
        return "Month".equals(mode.getValue());
    }

    private void move(int direction) {
        anchor = monthly() ? anchor.plusMonths(direction) : anchor.plusWeeks(direction);
        refresh();
    }

    /** The days shown: whole weeks, Monday first. */
    List<LocalDate> days() {
        LocalDate first = monthly() ? anchor.withDayOfMonth(1) : anchor;
        LocalDate last = monthly() ? anchor.with(TemporalAdjusters.lastDayOfMonth()) : anchor;
        LocalDate start = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return start.datesUntil(end.plusDays(1)).toList();
    }

    void refresh() {
        ZoneId z = zone();
        List<LocalDate> days = days();
        Instant from = days.getFirst().atStartOfDay(z).toInstant();
        Instant to = days.getLast().plusDays(1).atStartOfDay(z).toInstant();
        Map<LocalDate, List<CalendarEntry>> byDay = new TreeMap<>(publishing.calendar(from, to).stream()
                .collect(Collectors.groupingBy(e -> e.at().atZone(z).toLocalDate())));
        range.setText(monthly() ? anchor.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH))
                : RANGE.format(days.getFirst()) + " – " + RANGE.format(days.getLast()));
        grid.removeAll();
        for (DayOfWeek d : DayOfWeek.values()) {
            Span name = new Span(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            name.addClassName("nd-weekday");
            grid.add(name);
        }
        LocalDate today = LocalDate.now(z);
        for (LocalDate day : days) {
            Div cell = new Div();
            cell.addClassName("nd-day");
            cell.getElement().setAttribute("data-date", day.toString());
            cell.getElement().setAttribute("data-today", String.valueOf(day.equals(today)));
            cell.getElement().setAttribute("data-outside", String.valueOf(monthly() && day.getMonth() != anchor.getMonth()));
            Span label = new Span(day.getDayOfMonth() + (day.getDayOfMonth() == 1 ? " " + day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) : ""));
            label.addClassName("nd-day-label");
            cell.add(label);
            for (CalendarEntry e : byDay.getOrDefault(day, List.of())) {
                cell.add(entry(e, z));
            }
            grid.add(cell);
        }
        showWaiting();
    }

    /** Approved stories with no release yet, each with "Schedule…" for whoever may schedule it. */
    private void showWaiting() {
        waiting.removeAll();
        StoryFilter approved = StoryFilter.ALL.inQueue(StoryFilter.Queue.TO_PUBLISH, org.newsdesk.identity.CurrentUser.require().id()); // approved, no release yet
        List<StorySummary> ready = stories.search(approved, 0, WAITING_SHOWN);
        int all = ready.size() < WAITING_SHOWN ? ready.size() : stories.count(approved);
        waiting.add(new H3(all == 0 ? "Nothing approved is waiting for a release" : all == 1 ? "1 approved story waiting for a release"
                : all + " approved stories waiting for a release" + (all > ready.size() ? " (the newest " + ready.size() + " below; all in Stories)" : "")));
        ZoneId z = zone();
        for (StorySummary s : ready) {
            Div row = new Div();
            row.addClassName("nd-waiting-row");
            row.getElement().setAttribute("data-story", String.valueOf(s.id().value()));
            row.add(new Anchor("stories/" + s.id().value(), s.headline().isBlank() ? "Untitled story" : s.headline()),
                    new Span(" · last change " + RANGE.format(s.updatedAt().atZone(z)) + " " + TIME.format(s.updatedAt().atZone(z)) + " "));
            if (workflow.availableActions(s.id()).contains(Transition.SCHEDULE)) {
                Button schedule = new Button("Schedule…", click -> scheduleDialog(s));
                schedule.addThemeVariants(ButtonVariant.SMALL);
                schedule.setId("schedule-" + s.id().value());
                row.add(schedule);
            }
            waiting.add(row);
        }
    }

    /** The desk's one release-time picker, in the zone the calendar shows, an hour from now by default. */
    private void scheduleDialog(StorySummary s) {
        Dialog d = new Dialog("Schedule: " + (s.headline().isBlank() ? "Untitled story" : s.headline()));
        d.setId("schedule-dialog");
        ZoneId z = zone();
        ReleaseTimeField when = new ReleaseTimeField("Release date and time", "release",
                LocalDateTime.now(z).plusHours(1).truncatedTo(java.time.temporal.ChronoUnit.HOURS), z);
        Button confirm = when.confirm("Schedule", "confirm-schedule", d, (local, in) -> workflow.schedule(s.id(), local, in), meant -> {
            Notification.show("Scheduled: " + meant);
            refresh();
        });
        d.add(when);
        d.getFooter().add(new Button("Cancel", c -> d.close()), confirm);
        d.open();
    }

    private NativeButton entry(CalendarEntry e, ZoneId z) {
        NativeButton b = new NativeButton();
        b.addClassName("nd-entry");
        b.getElement().setAttribute("data-status", e.status().name());
        b.getElement().setAttribute("data-story", String.valueOf(e.story().value()));
        Span status = new Span(e.status().label());
        status.addClassName("nd-entry-status");
        b.add(new Span(TIME.format(e.at().atZone(z)) + " "), status, new Span(" · " + e.headline()));
        b.getElement().setAttribute("title", e.detail());
        b.addClickListener(click -> open(e));
        return b;
    }

    /** The entry's details; a publisher can move a release that has not gone out. */
    void open(CalendarEntry e) {
        Dialog d = new Dialog(e.headline());
        d.setId("calendar-entry");
        Paragraph detail = new Paragraph(e.status().label() + ": " + e.detail());
        detail.setId("calendar-entry-detail");
        d.add(detail);
        Anchor story = new Anchor("stories/" + e.story().value(), "Open the story");
        d.add(new Div(story));
        if (e.slug() != null) {
            Anchor page = new Anchor(publicBaseUrl + "/articles/" + e.slug(), "Public page ↗");
            page.setTarget("_blank");
            d.add(new Div(page));
        }
        if (e.movable() && workflow.availableActions(e.story()).contains(Transition.RESCHEDULE)) {
            ZoneId setIn = e.zone() == null ? zone() : e.zone();
            LocalDateTime current = e.at().atZone(setIn).toLocalDateTime();
            ReleaseTimeField when = new ReleaseTimeField("New release time", "reschedule",
                    e.status() == CalendarEntry.Status.FAILED ? LocalDateTime.now(setIn).plusMinutes(15).withSecond(0).withNano(0) : current, setIn);
            Button move = when.confirm("Move release", "confirm-reschedule", d, (local, in) -> workflow.reschedule(e.story(), local, in), moved -> {
                Notification.show("Release moved: " + moved);
                refresh();
            });
            d.add(when);
            d.getFooter().add(new Button("Close", c -> d.close()), move);
        } else {
            d.getFooter().add(new Button("Close", c -> d.close()));
        }
        d.open();
    }

    private static ZoneId browserZone(String fallback) {
        try {
            var details = UI.getCurrent() == null ? null : UI.getCurrent().getPage().getExtendedClientDetails();
            if (details != null && details.getTimeZoneId() != null && !details.getTimeZoneId().isBlank()) {
                return ZoneId.of(details.getTimeZoneId());
            }
        } catch (RuntimeException unknown) {
            // no details from this browser (yet)
        }
        return ZoneId.of(fallback);
    }
}
