package org.newsdesk.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsdesk.story.StoryId;
import org.newsdesk.testing.Desk;
import org.newsdesk.testing.SignIn;
import org.newsdesk.testing.TestApps;
import org.newsdesk.testing.TestClock;
import org.newsdesk.workflow.WorkflowService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Newsdesk nodes on one PostgreSQL, 200 stories due at the same second: both nodes release at
 * once, and every story is published exactly once. Then a page cached on one node is withdrawn on
 * the other, and the first hears of it. The nodes share the test's clock; each has its own
 * connection pool, scheduler threads, page cache and notification listener, as two processes would.
 */
@Tag("own-context")
class TwoNodeReleaseIntegrationTest {

    static final int STORIES = 200;
    static final Instant START = Instant.parse("2021-05-03T08:00:00Z");
    static final Instant DUE = Instant.parse("2021-05-03T09:00:00Z");

    final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        SignIn.out();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
    }

    @Test
    void twoNodesPublishTwoHundredStoriesDueAtTheSameSecondEachExactlyOnce() throws Exception {
        TestClock clock = new TestClock(START);
        ConfigurableApplicationContext a = TestApps.start(clock, "newsdesk.publishing.node-name=node-a");
        nodes.add(a);

        // The desk schedules 200 stories for the same second, set in three zones (09:00 UTC = 11:00 Paris = 17:00 Shanghai).
        Desk desk = new Desk(a);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<ZoneId> zones = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Paris"), ZoneId.of("Asia/Shanghai"));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < STORIES; i++) {
            StoryId id = desk.approved("Two nodes " + run + " #" + i);
            ZoneId zone = zones.get(i % zones.size());
            desk.schedule(id, LocalDateTime.ofInstant(DUE, zone), zone);
            ids.add(id.value());
        }
        SignIn.out();

        // The second node joins the same database (security is not on the release path: no one is signed in there).
        ConfigurableApplicationContext b = TestApps.startOnSameDatabase(a, clock, "newsdesk.publishing.node-name=node-b");
        nodes.add(b);
        JdbcClient jdbc = a.getBean(JdbcClient.class);
        Long[] idArray = ids.toArray(Long[]::new);
        assertThat(jdbc.sql("select count(*) from scheduled_release where story_id = any(?) and status = 'PENDING' and due_at = ?")
                .params(idArray, OffsetDateTime.ofInstant(DUE, ZoneOffset.UTC)).query(Integer.class).single()).isEqualTo(STORIES);

        // One millisecond before: nothing. At the second: both nodes' schedulers go at once (and their own timer threads too).
        clock.set(DUE.minusMillis(1));
        a.getBean(ReleaseScheduler.class).releaseDue();
        b.getBean(ReleaseScheduler.class).releaseDue();
        assertThat(released(jdbc, idArray)).isZero();

        clock.set(DUE);
        long started = System.nanoTime();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> runs = new ArrayList<>();
        for (ConfigurableApplicationContext node : List.of(a, b)) {
            runs.add(Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                node.getBean(ReleaseScheduler.class).releaseDue();
            }));
        }
        go.countDown();
        for (Thread t : runs) {
            t.join();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> released(jdbc, idArray) == STORIES);
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        // exactly once: one release transition in the audit log per story, one public article, one released queue row
        List<Integer> releasesPerStory = jdbc.sql("""
                select count(a.id) from story s left join workflow_audit a on a.story_id = s.id and a.action = 'RELEASE'
                where s.id = any(?) group by s.id""").param(idArray).query(Integer.class).list();
        assertThat(releasesPerStory).hasSize(STORIES).containsOnly(1);
        assertThat(jdbc.sql("select count(*) from story where id = any(?) and state = 'PUBLISHED' and published_revision_id = approved_revision_id")
                .param(idArray).query(Integer.class).single()).isEqualTo(STORIES);
        assertThat(jdbc.sql("select count(*) from public_article where story_id = any(?)").param(idArray).query(Integer.class).single())
                .isEqualTo(STORIES);
        assertThat(jdbc.sql("select count(*) from scheduled_release where story_id = any(?)").param(idArray).query(Integer.class).single())
                .isEqualTo(STORIES);
        // never early: every one went out at the second it was due (the clock stood still)
        assertThat(jdbc.sql("select count(*) from story where id = any(?) and published_at = ?")
                .params(idArray, OffsetDateTime.ofInstant(DUE, ZoneOffset.UTC)).query(Integer.class).single()).isEqualTo(STORIES);

        // and both nodes took part
        Map<String, Integer> byNode = jdbc.sql("select released_by, count(*) from scheduled_release where story_id = any(?) group by released_by")
                .param(idArray).query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        System.out.printf("%d stories released in %d ms by two nodes: %s%n", STORIES, tookMs, byNode);
        assertThat(byNode.keySet()).containsExactlyInAnyOrder("node-a", "node-b");
        assertThat(byNode.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(STORIES);

        // A page node A has rendered and cached is withdrawn on node B: node A hears of it (NOTIFY) and answers 410.
        String slug = jdbc.sql("select slug from story where id = ?").param(ids.getFirst()).query(String.class).single();
        String onA = "http://localhost:" + a.getEnvironment().getProperty("local.server.port") + "/articles/" + slug;
        HttpClient http = HttpClient.newHttpClient();
        assertThat(http.send(HttpRequest.newBuilder(URI.create(onA)).build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(onA)).build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        new Desk(b).as("publisher", () -> b.getBean(WorkflowService.class).unpublish(new StoryId(ids.getFirst()), "Withdrawn on the other node."));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                http.send(HttpRequest.newBuilder(URI.create(onA)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 410);
    }

    static int released(JdbcClient jdbc, Long[] ids) {
        return jdbc.sql("select count(*) from scheduled_release where story_id = any(?) and status = 'RELEASED'").param(ids).query(Integer.class).single();
    }
}
