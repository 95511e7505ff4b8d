package org.newsdesk.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read API's limit per client holds across nodes: two limiters (two app nodes, nothing shared but
 * PostgreSQL) together allow a client its limit, not twice it, and tell it how long to wait.
 */
@IntegrationTest
class SharedRateLimiterIntegrationTest {

    @Autowired JdbcClient jdbc;

    @Test
    void twoNodesTogetherAllowAClientItsLimitPerMinuteNotTwice() {
        TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
        SharedRateLimiter node1 = new SharedRateLimiter(jdbc, clock, 10);
        SharedRateLimiter node2 = new SharedRateLimiter(jdbc, clock, 10);
        String client = "198.51.100." + UUID.randomUUID().hashCode();
        for (int i = 0; i < 5; i++) {
            // each node tells the client what is left across both
            assertThat(node1.check(client)).isEqualTo(new ClientRateLimit.Decision(0, 9 - 2 * i));
            assertThat(node2.check(client)).isEqualTo(new ClientRateLimit.Decision(0, 8 - 2 * i));
        }
        // the eleventh request of the minute, on either node: refused until the next minute
        assertThat(node1.acquire(client)).isEqualTo(60 + 6);
        assertThat(node2.acquire(client)).isEqualTo(60 + 6);
        assertThat(node2.acquire("203.0.113.7-" + client)).as("another client").isZero();

        // 30 s into the next minute half of the last minute still counts (5 of its 10), so 5 more
        clock.advance(Duration.ofSeconds(90));
        for (int i = 0; i < 5; i++) {
            assertThat((i % 2 == 0 ? node1 : node2).acquire(client)).isZero();
        }
        assertThat(node1.acquire(client)).isPositive();
        // a quiet two minutes later: the whole limit again
        clock.advance(Duration.ofMinutes(2));
        for (int i = 0; i < 10; i++) {
            assertThat(node2.acquire(client)).isZero();
        }
        assertThat(node1.acquire(client)).isPositive();
    }

    @Test
    void requestsArrivingAtOnceOnTwoNodesNeverExceedTheLimit() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-03-01T11:00:00Z"));
        List<SharedRateLimiter> nodes = List.of(new SharedRateLimiter(jdbc, clock, 25), new SharedRateLimiter(jdbc, clock, 25));
        String client = "192.0.2." + UUID.randomUUID().hashCode();
        List<Callable<Long>> calls = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            SharedRateLimiter node = nodes.get(i % 2);
            calls.add(() -> node.acquire(client));
        }
        try (var pool = Executors.newFixedThreadPool(8)) {
            long allowed = 0;
            for (Future<Long> f : pool.invokeAll(calls)) {
                allowed += f.get() == 0 ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(25);
        }
    }
}
