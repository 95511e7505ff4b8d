package org.newsdesk.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.newsdesk.testing.TestClock;

/** The read API's limit per client: a burst up to the limit, then one request per share of a minute, each client on its own. */
class RateLimiterTest {

    @Test
    void aClientOverItsRateIsToldHowLongToWaitWhileOthersAreServed() {
        TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
        RateLimiter limiter = new RateLimiter(clock, 60);
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.acquire("10.0.0.1")).isZero();
        }
        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(1);
        assertThat(limiter.acquire("10.0.0.2")).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(1);
        clock.advance(Duration.ofMinutes(5));
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.acquire("10.0.0.1")).isZero();
        }
        assertThat(limiter.acquire("10.0.0.1")).isPositive();
    }
}
