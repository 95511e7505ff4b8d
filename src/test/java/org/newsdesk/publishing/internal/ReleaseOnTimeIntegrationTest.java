package org.newsdesk.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.story.StoryId;
import org.newsdesk.testing.Desk;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With the real clock: the scheduler sleeps until a release's exact instant, so releases go out
 * on their own, with no one asking it to, and never before their time. How soon after their time
 * is a speed figure (typically within 50 ms), measured by {@code ./newsdesk bench publishing},
 * not asserted here: the suite runs on machines shared with other work.
 */
@IntegrationTest
class ReleaseOnTimeIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void releasesGoOutOnTheirOwnAndNeverBeforeTheirTime() {
        Desk desk = new Desk(context);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<StoryId> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(desk.approved("On time " + run + " #" + i));
        }
        Instant due = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        for (StoryId id : ids) {
            desk.schedule(id, LocalDateTime.ofInstant(due, ZoneOffset.UTC), ZoneOffset.UTC);
        }
        Long[] idArray = ids.stream().map(StoryId::value).toArray(Long[]::new);

        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("select count(*) from scheduled_release where story_id = any(?) and status = 'RELEASED'")
                .param(idArray).query(Integer.class).single() == ids.size());

        List<Long> lateness = jdbc.sql("select extract(epoch from (released_at - due_at)) * 1000 from scheduled_release where story_id = any(?)")
                .param(idArray).query(Double.class).list().stream().map(Math::round).toList();
        System.out.println("Lateness of 5 releases due at the same second, real clock (ms): " + lateness);
        assertThat(lateness).hasSize(5).allSatisfy(ms -> assertThat(ms).isNotNegative());
    }
}
