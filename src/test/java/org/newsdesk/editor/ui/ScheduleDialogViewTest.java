package org.newsdesk.editor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.testing.BrowserlessUi.setValueAsUser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryState;
import org.newsdesk.testing.BrowserlessUi;
import org.newsdesk.testing.Desk;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The schedule dialog of the story editor: a time in a named zone, shown back in that zone and in UTC before the publisher confirms. */
@IntegrationTest
class ScheduleDialogViewTest {

    @Autowired ApplicationContext context;
    @Autowired WorkflowService workflow;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();
    Desk desk;

    @BeforeEach
    void setUp() {
        desk = new Desk(context);
    }

    /** The next day on which Paris moves its clocks forward (a time that day exists only after 03:00). */
    static LocalDate nextSpringForwardInParis() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        ZoneOffsetTransition t = paris.getRules().nextTransition(Instant.now());
        while (!t.isGap()) {
            t = paris.getRules().nextTransition(t.getInstant());
        }
        return t.getDateTimeBefore().toLocalDate();
    }

    void open(StoryId id) {
        UI.getCurrent().navigate("stories/" + id.value());
        _assertOne(StoryEditorView.class);
    }

    @Test
    void aPublisherSchedulesAtParisTimeOnTheDayTheClocksGoForwardAndSeesItInUtcToo() {
        StoryId id = desk.approved("Scheduled from the editor " + UUID.randomUUID());
        ui.signIn("publisher");
        open(id);
        _assertNone(Span.class, spec -> spec.withId("schedule-info"));

        _click(_get(Button.class, spec -> spec.withId("action-SCHEDULE")));
        LocalDate day = nextSpringForwardInParis();
        setValueAsUser(_get(ComboBox.class, spec -> spec.withId("release-zone")), "Europe/Paris");

        setValueAsUser(_get(DateTimePicker.class, spec -> spec.withId("release-time")), day.atTime(2, 30));
        Span preview = _get(Span.class, spec -> spec.withId("release-preview"));
        assertThat(preview.getText()).isEqualTo("02:30 does not exist on " + day + " in Europe/Paris: the clocks jump from 02:00 to 03:00. Pick another time.");

        setValueAsUser(_get(DateTimePicker.class, spec -> spec.withId("release-time")), day.atTime(9, 0));
        assertThat(preview.getText()).endsWith(" 09:00 CEST (+02:00), Europe/Paris · " + day + " 07:00 UTC").startsWith("Goes live Sun ");
        _click(_get(Button.class, spec -> spec.withId("confirm-schedule")));

        assertThat(_get(Span.class, spec -> spec.withId("story-state")).getText()).isEqualTo("Scheduled");
        assertThat(_get(Span.class, spec -> spec.withId("schedule-info")).getText()).startsWith("Goes live Sun ").contains("07:00 UTC");
        assertThat(desk.get(id).schedule().at()).isEqualTo(day.atTime(7, 0).toInstant(java.time.ZoneOffset.UTC));
        _assertOne(Button.class, spec -> spec.withId("action-RESCHEDULE"));
        _assertOne(Button.class, spec -> spec.withId("action-UNSCHEDULE"));

        _click(_get(Button.class, spec -> spec.withId("action-UNSCHEDULE")));
        assertThat(_get(Span.class, spec -> spec.withId("story-state")).getText()).isEqualTo("Approved");
        assertThat(desk.get(id).state()).isEqualTo(StoryState.APPROVED);
    }

    @Test
    void aTimeInThePastIsRefusedInTheDialogWhichStaysOpen() {
        StoryId id = desk.approved("Too late from the editor " + UUID.randomUUID());
        ui.signIn("publisher");
        open(id);
        _click(_get(Button.class, spec -> spec.withId("action-SCHEDULE")));
        setValueAsUser(_get(ComboBox.class, spec -> spec.withId("release-zone")), "UTC");
        setValueAsUser(_get(DateTimePicker.class, spec -> spec.withId("release-time")), LocalDateTime.now(ZoneId.of("UTC")).minusHours(1).withNano(0));
        _click(_get(Button.class, spec -> spec.withId("confirm-schedule")));

        assertThat(_get(Span.class, spec -> spec.withId("release-preview")).getText()).contains("must be in the future");
        _assertOne(Button.class, spec -> spec.withId("confirm-schedule"));
        assertThat(desk.get(id).state()).isEqualTo(StoryState.APPROVED);
    }

    @Test
    void anEditorIsNotOfferedScheduling() {
        StoryId id = desk.approved("Not for editors " + UUID.randomUUID());
        ui.signIn("editor");
        open(id);
        _assertNone(Button.class, spec -> spec.withId("action-SCHEDULE"));
    }
}
