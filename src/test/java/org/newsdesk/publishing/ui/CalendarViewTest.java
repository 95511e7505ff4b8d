package org.newsdesk.publishing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.testing.BrowserlessUi.setValueAsUser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.story.StoryId;
import org.newsdesk.testing.BrowserlessUi;
import org.newsdesk.testing.Desk;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The publishing calendar shows what is scheduled and published, and lets a publisher move a release. */
@IntegrationTest
class CalendarViewTest {

    @Autowired ApplicationContext context;
    @Autowired WorkflowService workflow;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();
    Desk desk;

    @BeforeEach
    void setUp() {
        desk = new Desk(context);
    }

    static List<NativeButton> entries(StoryId id) {
        return _find(NativeButton.class, spec -> spec.withClasses("nd-entry")).stream()
                .filter(b -> b.getElement().getAttribute("data-story").equals(String.valueOf(id.value()))).toList();
    }

    @Test
    void aPublisherSeesTheWeeksReleasesAndPublicationsAndMovesARelease() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StoryId scheduled = desk.approved("On the calendar " + run);
        LocalDateTime tomorrowTen = LocalDate.now(ZoneOffset.UTC).plusDays(1).atTime(10, 0);
        desk.schedule(scheduled, tomorrowTen, ZoneOffset.UTC);
        StoryId published = desk.approved("Published today " + run);
        desk.publish(published);

        ui.signIn("publisher");
        UI.getCurrent().navigate("calendar");
        _assertOne(CalendarView.class);
        setValueAsUser(_get(ComboBox.class, spec -> spec.withId("calendar-zone")), "UTC");
        setValueAsUser(_get(Select.class, spec -> spec.withId("calendar-mode")), "Month");
        if (entries(scheduled).isEmpty()) {
            _click(_get(Button.class, spec -> spec.withId("calendar-next"))); // tomorrow is next month
        }

        NativeButton entry = entries(scheduled).getFirst();
        assertThat(entry.getElement().getAttribute("data-status")).isEqualTo("SCHEDULED");
        assertThat(entry.getElement().getText() + entry.getChildren().map(c -> c.getElement().getTextRecursively()).toList())
                .contains("10:00 ").contains("Scheduled").contains("On the calendar " + run);
        if (tomorrowTen.toLocalDate().getMonth() == LocalDate.now(ZoneOffset.UTC).getMonth()) {
            assertThat(entries(published)).singleElement().satisfies(e -> assertThat(e.getElement().getAttribute("data-status")).isEqualTo("PUBLISHED"));
        }

        _click(entry);
        assertThat(_get(Paragraph.class, spec -> spec.withId("calendar-entry-detail")).getText())
                .startsWith("Scheduled: Goes live ").contains(" 10:00 UTC");
        setValueAsUser(_get(DateTimePicker.class, spec -> spec.withId("reschedule-time")), tomorrowTen.plusHours(2));
        _click(_get(Button.class, spec -> spec.withId("confirm-reschedule")));

        Instant moved = tomorrowTen.plusHours(2).toInstant(ZoneOffset.UTC);
        assertThat(desk.get(scheduled).schedule().at()).isEqualTo(moved);
        assertThat(entries(scheduled)).singleElement().satisfies(e -> assertThat(e.getElement().getTextRecursively()).contains("12:00 "));

        desk.as("publisher", () -> workflow.unschedule(scheduled)); // leave nothing pending for later runs
    }

    @Test
    void anEditorSeesTheCalendarButCannotMoveReleases() {
        StoryId scheduled = desk.approved("Read-only calendar " + UUID.randomUUID());
        LocalDateTime tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).atTime(11, 0);
        desk.schedule(scheduled, tomorrow, ZoneOffset.UTC);
        try {
            ui.signIn("editor");
            UI.getCurrent().navigate("calendar");
            setValueAsUser(_get(ComboBox.class, spec -> spec.withId("calendar-zone")), "UTC");
            setValueAsUser(_get(Select.class, spec -> spec.withId("calendar-mode")), "Month");
            if (entries(scheduled).isEmpty()) {
                _click(_get(Button.class, spec -> spec.withId("calendar-next")));
            }
            _click(entries(scheduled).getFirst());
            _assertOne(Paragraph.class, spec -> spec.withId("calendar-entry-detail"));
            _assertNone(Button.class, spec -> spec.withId("confirm-reschedule"));
        } finally {
            desk.as("publisher", () -> workflow.unschedule(scheduled));
        }
    }

    @Test
    void aPublisherSchedulesAnApprovedStoryFromTheCalendarsWaitingList() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StoryId approved = desk.approved("Waiting for a slot " + run);
        try {
            ui.signIn("publisher");
            UI.getCurrent().navigate("calendar");
            setValueAsUser(_get(ComboBox.class, spec -> spec.withId("calendar-zone")), "UTC");
            assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("calendar-waiting")).getElement().getTextRecursively())
                    .contains("waiting for a release").contains("Waiting for a slot " + run);

            _click(_get(Button.class, spec -> spec.withId("schedule-" + approved.value())));
            LocalDateTime tomorrowNine = LocalDate.now(ZoneOffset.UTC).plusDays(1).atTime(9, 0);
            setValueAsUser(_get(DateTimePicker.class, spec -> spec.withId("release-time")), tomorrowNine);
            _click(_get(Button.class, spec -> spec.withId("confirm-schedule")));

            assertThat(desk.get(approved).schedule().at()).isEqualTo(tomorrowNine.toInstant(ZoneOffset.UTC));
            assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("calendar-waiting")).getElement().getTextRecursively())
                    .as("scheduled: no longer waiting").doesNotContain("Waiting for a slot " + run);
            setValueAsUser(_get(Select.class, spec -> spec.withId("calendar-mode")), "Month");
            if (entries(approved).isEmpty()) {
                _click(_get(Button.class, spec -> spec.withId("calendar-next")));
            }
            assertThat(entries(approved)).singleElement().satisfies(e -> assertThat(e.getElement().getTextRecursively()).contains("09:00 "));
        } finally {
            desk.as("publisher", () -> workflow.unschedule(approved));
        }
    }

    @Test
    void anEditorSeesWhatIsWaitingButHasNoScheduleButton() {
        StoryId approved = desk.approved("Waiting, read-only " + UUID.randomUUID());
        ui.signIn("editor");
        UI.getCurrent().navigate("calendar");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("calendar-waiting")).getElement().getTextRecursively())
                .contains("Waiting, read-only");
        _assertNone(Button.class, spec -> spec.withId("schedule-" + approved.value()));
    }
}
