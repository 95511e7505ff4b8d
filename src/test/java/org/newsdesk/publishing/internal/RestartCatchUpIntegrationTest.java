package org.newsdesk.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsdesk.story.StoryId;
import org.newsdesk.testing.Desk;
import org.newsdesk.testing.SignIn;
import org.newsdesk.testing.TestApps;
import org.newsdesk.testing.TestClock;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Releases that fell due while no node was running go out when one starts, marked late; none twice, none early. */
@Tag("own-context")
class RestartCatchUpIntegrationTest {

    static final Instant START = Instant.parse("2021-06-07T08:00:00Z");

    ConfigurableApplicationContext node;

    @AfterEach
    void stop() {
        SignIn.out();
        if (node != null) {
            node.close();
        }
    }

    @Test
    void releasesDueDuringDowntimeGoOutOnStartUpMarkedLate() {
        TestClock clock = new TestClock(START);
        node = TestApps.start(clock);
        Desk desk = new Desk(node);
        String run = UUID.randomUUID().toString().substring(0, 8);
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        List<Long> overdue = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            StoryId id = desk.approved("While we were down " + run + " #" + i);
            desk.schedule(id, LocalDateTime.parse("2021-06-07T17:30").plusMinutes(i), tokyo); // 08:30 UTC onwards
            overdue.add(id.value());
        }
        StoryId later = desk.approved("Still ahead " + run);
        desk.schedule(later, LocalDateTime.parse("2021-06-07T21:00"), tokyo); // 12:00 UTC
        SignIn.out();
        node.close();

        // The desk was down from 08:00 to 10:00 UTC; the node starts again at 10:00.
        clock.set(Instant.parse("2021-06-07T10:00:00Z"));
        node = TestApps.start(clock);
        JdbcClient jdbc = node.getBean(JdbcClient.class);
        Long[] ids = overdue.toArray(Long[]::new);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from story where id = any(?) and state = 'PUBLISHED'")
                .param(ids).query(Integer.class).single() == overdue.size());

        List<String> releases = jdbc.sql("select status || ' late=' || late || ' by ' || (lateness_ms / 60000) || ' min' from scheduled_release "
                + "where story_id = any(?) order by story_id").param(ids).query(String.class).list();
        assertThat(releases).containsExactly("RELEASED late=true by 90 min", "RELEASED late=true by 89 min", "RELEASED late=true by 88 min");
        assertThat(jdbc.sql("select note from workflow_audit where story_id = ? and action = 'RELEASE'").param(overdue.getFirst())
                .query(String.class).single()).startsWith("Released late, 90 min after its time (due Mon 7 Jun 2021 17:30 JST (+09:00), Asia/Tokyo");
        assertThat(jdbc.sql("select count(*) from story where id = any(?) and published_at = ?")
                .params(ids, OffsetDateTime.parse("2021-06-07T10:00:00Z")).query(Integer.class).single()).isEqualTo(3);

        // the release still ahead waits for its time
        assertThat(jdbc.sql("select state from story where id = ?").param(later.value()).query(String.class).single()).isEqualTo("SCHEDULED");
        clock.set(Instant.parse("2021-06-07T12:00:00Z"));
        node.getBean(ReleaseScheduler.class).releaseDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> "PUBLISHED".equals(
                jdbc.sql("select state from story where id = ?").param(later.value()).query(String.class).single()));
        assertThat(jdbc.sql("select late from scheduled_release where story_id = ?").param(later.value()).query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select count(*) from workflow_audit where action = 'RELEASE' and story_id = any(?)")
                .param(ids).query(Integer.class).single()).isEqualTo(3);
    }
}
