package org.newsdesk.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The drafting heartbeat proves progress: a job stuck inside a call stops being beaten (and is then failed), a queued one is not stuck. */
class DraftHeartbeatTest {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final Duration STALLED = DraftRunner.stalledAfter(Duration.ofSeconds(12), 2, Duration.ofSeconds(1));

    @Test
    void aJobWithACallUnderWayIsBeatenOnlyWhileItMakesProgress() {
        assertThat(DraftRunner.progressing(3, NOW.minusSeconds(5), NOW, STALLED)).isTrue();
        assertThat(DraftRunner.progressing(3, NOW.minus(STALLED).minusSeconds(1), NOW, STALLED)).isFalse();
    }

    @Test
    void aJobWaitingForADraftingThreadIsNotStuck() {
        assertThat(DraftRunner.progressing(0, NOW.minus(Duration.ofHours(1)), NOW, STALLED)).isTrue();
    }

    @Test
    void theStallLimitOutlastsEveryTimeoutAndRetryOfAHealthyCall() {
        // two attempts of 12 s each and the pauses between them make no streamed progress, yet are healthy
        assertThat(STALLED).isGreaterThan(Duration.ofSeconds(12 * 2 + 10)).isLessThanOrEqualTo(Duration.ofMinutes(2));
    }
}
