package org.newsdesk.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsdesk.publishing.CalendarEntry;
import org.newsdesk.publishing.PublishingService;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.story.StoryState;
import org.newsdesk.testing.Desk;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.newsdesk.testing.TestClock;
import org.newsdesk.workflow.AuditEntry;
import org.newsdesk.workflow.WorkflowException;
import org.newsdesk.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The release scheduler against a clock the test moves: a release goes out at its instant and not
 * a millisecond before, publishes the revision approved when it was scheduled, follows unschedule,
 * reschedule and edits, reads wall-clock times across a daylight-saving change, and reports a
 * release it cannot make plainly. The clock stands in March 2021, before every real-time test's data.
 */
@IntegrationTest
@Tag("own-context")
@Import(ReleaseSchedulerIntegrationTest.ControlledClock.class)
class ReleaseSchedulerIntegrationTest {

    static final Instant START = Instant.parse("2021-03-24T12:00:00Z");
    static final ZoneId UTC = ZoneOffset.UTC;

    @TestConfiguration
    static class ControlledClock {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(START);
        }
    }

    @Autowired ApplicationContext context;
    @Autowired TestClock clock;
    @Autowired ReleaseScheduler scheduler;
    @Autowired WorkflowService workflow;
    @Autowired StoryService stories;
    @Autowired PublishingService publishing;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    Desk desk;

    @BeforeEach
    void setUp() {
        clock.set(START);
        desk = new Desk(context);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /**
     * Moves the clock and runs the scheduler as its timer would. The scheduler's own thread may be
     * releasing at the same moment (no release can happen twice): wait until nothing due is left pending.
     */
    void at(Instant now) {
        clock.set(now);
        scheduler.releaseDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                select count(*) from scheduled_release r join story s on s.id = r.story_id
                where r.status = 'PENDING' and r.next_attempt_at <= ? and s.state = 'SCHEDULED'""")
                .param(java.time.OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).query(Integer.class).single() == 0);
    }

    String status(StoryId id) {
        return jdbc.sql("select status from scheduled_release where story_id = ? order by id desc limit 1").param(id.value()).query(String.class).single();
    }

    int publicStatus(Story story) throws Exception {
        String slug = story.slug() == null ? "no-slug-" + story.id().value() : story.slug();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/articles/" + slug)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aReleaseGoesOutAtItsInstantAndNotAMillisecondBefore() throws Exception {
        StoryId id = desk.approved("On the dot " + UUID.randomUUID());
        Story scheduled = desk.schedule(id, LocalDateTime.parse("2021-03-24T14:00"), UTC);
        assertThat(scheduled.state()).isEqualTo(StoryState.SCHEDULED);
        assertThat(scheduled.schedule().at()).isEqualTo(Instant.parse("2021-03-24T14:00:00Z"));

        at(Instant.parse("2021-03-24T13:59:59.999Z"));
        assertThat(desk.get(id).state()).isEqualTo(StoryState.SCHEDULED);
        assertThat(status(id)).isEqualTo("PENDING");

        at(Instant.parse("2021-03-24T14:00:00Z"));
        Story published = desk.get(id);
        assertThat(published.state()).isEqualTo(StoryState.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(Instant.parse("2021-03-24T14:00:00Z"));
        assertThat(published.publishedRevision()).isEqualTo(scheduled.approvedRevision());
        assertThat(published.schedule()).isNull();
        assertThat(publicStatus(published)).isEqualTo(200);

        var release = jdbc.sql("select status, lateness_ms, late, released_by from scheduled_release where story_id = ?").param(id.value())
                .query((rs, n) -> List.of(rs.getString(1), rs.getLong(2), rs.getBoolean(3), rs.getString(4))).single();
        assertThat(release).containsExactly("RELEASED", 0L, false, scheduler.node());
        // the test desk accepts whatever the claim check flags in the random headline (digits of the UUID): not what this test is about
        List<AuditEntry> history = desk.as("publisher", () -> workflow.history(id)).stream().filter(e -> !e.action().equals("Accepted a claim"))
                .toList();
        assertThat(history).extracting(AuditEntry::action).containsExactly("Submit for review", "Approve", "Schedule", "Scheduled release");
        assertThat(history.get(2).note()).isEqualTo("Release at Wed 24 Mar 2021 14:00 UTC");
        assertThat(history.getLast().actor()).isEqualTo(WorkflowService.SYSTEM);
        assertThat(history.getLast().note()).startsWith("Released on time (due Wed 24 Mar 2021 14:00");

        at(Instant.parse("2021-03-24T15:00:00Z"));
        assertThat(jdbc.sql("select count(*) from workflow_audit where story_id = ? and action = 'RELEASE'").param(id.value()).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void anEditAfterSchedulingSendsTheStoryBackToReviewAndCancelsItsRelease() {
        StoryId id = desk.approved("Edited while scheduled " + UUID.randomUUID());
        desk.schedule(id, LocalDateTime.parse("2021-03-24T14:00"), UTC);
        desk.as("editor", () -> {
            Story s = stories.get(id);
            return stories.saveContent(id, s.version(), s.content().with("en", s.content().in("en").with(ContentField.HEADLINE, "Changed")), null);
        });

        Story edited = desk.get(id);
        assertThat(edited.state()).isEqualTo(StoryState.IN_REVIEW);
        assertThat(edited.schedule()).isNull();
        assertThat(status(id)).isEqualTo("CANCELLED");
        at(Instant.parse("2021-03-24T14:00:00Z"));
        assertThat(desk.get(id).state()).isEqualTo(StoryState.IN_REVIEW);
        assertThat(desk.get(id).publishedRevision()).isNull();
    }

    @Test
    void whatGoesLiveIsTheRevisionApprovedWhenItWasScheduled() throws Exception {
        StoryId id = desk.approved("Frozen at approval " + UUID.randomUUID());
        Story approved = desk.get(id);
        desk.schedule(id, LocalDateTime.parse("2021-03-24T14:00"), UTC);
        at(Instant.parse("2021-03-24T14:00:01Z"));
        Story published = desk.get(id);
        assertThat(published.publishedRevision()).isEqualTo(approved.approvedRevision());
        assertThat(stories.revision(published.publishedRevision()).content()).isEqualTo(approved.content());
        assertThat(jdbc.sql("select revision_id from public_article where story_id = ?").param(id.value()).query(Long.class).single())
                .isEqualTo(approved.approvedRevision().value());
    }

    @Test
    void unscheduleAndRescheduleMoveTheRelease() {
        StoryId moved = desk.approved("Moved " + UUID.randomUUID());
        StoryId dropped = desk.approved("Dropped " + UUID.randomUUID());
        desk.schedule(moved, LocalDateTime.parse("2021-03-24T15:00"), UTC);
        desk.schedule(dropped, LocalDateTime.parse("2021-03-24T15:00"), UTC);
        desk.as("publisher", () -> workflow.reschedule(moved, LocalDateTime.parse("2021-03-24T16:00"), UTC));
        Story unscheduled = desk.as("publisher", () -> workflow.unschedule(dropped));
        assertThat(unscheduled.state()).isEqualTo(StoryState.APPROVED);
        assertThat(unscheduled.schedule()).isNull();

        at(Instant.parse("2021-03-24T15:30:00Z"));
        assertThat(desk.get(moved).state()).isEqualTo(StoryState.SCHEDULED);
        assertThat(desk.get(dropped).state()).isEqualTo(StoryState.APPROVED);

        at(Instant.parse("2021-03-24T16:00:00Z"));
        assertThat(desk.get(moved).state()).isEqualTo(StoryState.PUBLISHED);
        assertThat(desk.get(dropped).state()).isEqualTo(StoryState.APPROVED);
        assertThat(jdbc.sql("select status || ': ' || coalesce(closed_note, '') from scheduled_release where story_id = ? order by id")
                .param(moved.value()).query(String.class).list()).containsExactly("CANCELLED: Moved to another time.", "RELEASED: ");
        assertThat(status(dropped)).isEqualTo("CANCELLED");
        assertThat(desk.as("publisher", () -> workflow.history(moved)).get(3).note())
                .isEqualTo("Moved from Wed 24 Mar 2021 15:00 UTC to Wed 24 Mar 2021 16:00 UTC");
    }

    @Test
    void aPublisherInParisSchedulesAcrossTheChangeToSummerTimeAndItGoesLiveAtParisTime() {
        StoryId id = desk.approved("Sunday morning in Paris " + UUID.randomUUID());
        // Wednesday 24 March: Paris is on UTC+1. Sunday 28 March 02:00 the clocks go forward to UTC+2.
        assertThat(ZoneId.of("Europe/Paris").getRules().getOffset(clock.instant())).isEqualTo(ZoneOffset.ofHours(1));
        Story scheduled = desk.schedule(id, LocalDateTime.parse("2021-03-28T09:00"), ZoneId.of("Europe/Paris"));
        assertThat(scheduled.schedule().at()).isEqualTo(Instant.parse("2021-03-28T07:00:00Z"));
        assertThat(scheduled.schedule().zone()).isEqualTo(ZoneId.of("Europe/Paris"));

        at(Instant.parse("2021-03-28T06:59:59.999Z")); // 08:59:59.999 in Paris
        assertThat(desk.get(id).state()).isEqualTo(StoryState.SCHEDULED);
        at(Instant.parse("2021-03-28T07:00:00Z")); // 09:00 in Paris
        assertThat(desk.get(id).state()).isEqualTo(StoryState.PUBLISHED);
        assertThat(desk.get(id).publishedAt()).isEqualTo(Instant.parse("2021-03-28T07:00:00Z"));

        // the hour the clocks skip cannot be chosen
        StoryId other = desk.approved("In the gap " + UUID.randomUUID());
        clock.set(START);
        assertThatThrownBy(() -> desk.schedule(other, LocalDateTime.parse("2021-03-28T02:30"), ZoneId.of("Europe/Paris")))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("the clocks jump from 02:00 to 03:00");
        assertThat(desk.get(other).state()).isEqualTo(StoryState.APPROVED);
    }

    @Test
    void aTimeThatHasPassedIsRefused() {
        StoryId id = desk.approved("Too late " + UUID.randomUUID());
        assertThatThrownBy(() -> desk.schedule(id, LocalDateTime.parse("2021-03-24T11:59"), UTC))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("must be in the future");
        assertThatThrownBy(() -> desk.as("editor", () -> workflow.schedule(id, LocalDateTime.parse("2021-03-25T11:59"), UTC)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(desk.get(id).state()).isEqualTo(StoryState.APPROVED);
    }

    @Test
    void aLateReleaseIsMarkedLateAndAReleaseThatCannotBeMadeIsShownAsFailedUntilItIsMoved() {
        StoryId late = desk.approved("Late " + UUID.randomUUID());
        StoryId broken = desk.approved("Broken " + UUID.randomUUID());
        desk.schedule(late, LocalDateTime.parse("2021-03-24T14:00"), UTC);
        desk.schedule(broken, LocalDateTime.parse("2021-03-24T14:00"), UTC);
        // a release whose story no longer has the approved revision it was set for must not go out
        jdbc.sql("update scheduled_release set revision_id = (select min(id) from revision where story_id = ?) where story_id = ? and status = 'PENDING'")
                .params(broken.value(), broken.value()).update();

        at(Instant.parse("2021-03-24T14:05:00Z"));

        assertThat(desk.get(late).state()).isEqualTo(StoryState.PUBLISHED);
        assertThat(desk.get(broken).state()).isEqualTo(StoryState.SCHEDULED);
        assertThat(status(broken)).isEqualTo("FAILED");
        List<CalendarEntry> calendar = desk.as("publisher",
                () -> publishing.calendar(Instant.parse("2021-03-22T00:00:00Z"), Instant.parse("2021-03-29T00:00:00Z")));
        CalendarEntry lateEntry = calendar.stream().filter(e -> e.story().equals(late)).findFirst().orElseThrow();
        assertThat(lateEntry.status()).isEqualTo(CalendarEntry.Status.LATE);
        assertThat(lateEntry.lateness()).isEqualTo(Duration.ofMinutes(5));
        assertThat(lateEntry.detail()).startsWith("Published late: 5 min after its time");
        CalendarEntry failed = calendar.stream().filter(e -> e.story().equals(broken)).findFirst().orElseThrow();
        assertThat(failed.status()).isEqualTo(CalendarEntry.Status.FAILED);
        assertThat(failed.detail()).contains("The approved revision changed since the release was scheduled");
        assertThat(failed.movable()).isTrue();
        assertThat(desk.as("publisher", () -> workflow.history(late)).getLast().note()).startsWith("Released late, 5 min after its time");

        // the publisher moves it; it goes out at the new time
        desk.as("publisher", () -> workflow.reschedule(broken, LocalDateTime.parse("2021-03-24T15:00"), UTC));
        at(Instant.parse("2021-03-24T15:00:00Z"));
        assertThat(desk.get(broken).state()).isEqualTo(StoryState.PUBLISHED);
    }
}
