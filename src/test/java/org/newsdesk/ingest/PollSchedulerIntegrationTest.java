package org.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.newsdesk.testing.FixtureServer;
import org.newsdesk.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Background polling as configured in production (the rest of the suite runs without it): a
 * due feed is polled by the scheduled tick, and then not again before its interval. The context
 * is closed afterwards, so no poller keeps running under the other tests.
 */
@IntegrationTest
@TestPropertySource(properties = {"newsdesk.ingest.polling-enabled=true", "newsdesk.ingest.poll-tick=200ms"})
@DirtiesContext
class PollSchedulerIntegrationTest {

    @Autowired JdbcClient jdbc;

    final FixtureServer server = FixtureServer.shared();
    final String run = FixtureServer.newRun();

    @Test
    void aDueFeedIsPolledInTheBackgroundOnce() {
        long id = jdbc.sql("insert into feed (url, poll_interval_seconds) values (?, 3600) returning id")
                .param(server.url(run, "feeds/atom.xml")).query(Long.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select last_success_at is not null from feed where id = ?").param(id)
                .query(Boolean.class).single());
        assertThat(jdbc.sql("select items_imported from feed where id = ?").param(id).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select title from feed where id = ?").param(id).query(String.class).single()).isEqualTo("Model Watch");
        // later ticks, proven by a second feed they poll, leave the first alone: it is not due for an hour
        long second = jdbc.sql("insert into feed (url, poll_interval_seconds) values (?, 3600) returning id")
                .param(server.url(run, "feeds/rss1-rdf.xml")).query(Long.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select last_success_at is not null from feed where id = ?").param(second)
                .query(Boolean.class).single());
        assertThat(server.hits(run, "feeds/atom.xml")).isEqualTo(1);
    }
}
