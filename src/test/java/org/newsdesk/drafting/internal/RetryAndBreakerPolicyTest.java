package org.newsdesk.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.newsdesk.drafting.DraftJobId;
import org.newsdesk.drafting.ProviderState.Condition;
import org.newsdesk.testing.TestClock;

/** The retry policy of one section call and the breaker's policy over drafts, on a clock the test moves. */
class RetryAndBreakerPolicyTest {

    final TestClock clock = new TestClock(Instant.parse("2026-11-27T10:00:00Z"));
    final ProviderBreaker breaker = new ProviderBreaker(3, Duration.ofSeconds(30), clock);
    final RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(20), Duration.ofSeconds(60));
    long nextDraft = 1;

    DraftJobId draft() {
        return new DraftJobId(nextDraft++);
    }

    /** A draft all of whose ten parallel calls failed on the provider. */
    void failedDraft() {
        DraftJobId d = draft();
        assertThat(breaker.admit(d)).isEmpty();
        for (int i = 0; i < 10; i++) {
            breaker.failed(d, "The provider had an error (HTTP 503).", "draft-" + d.value());
        }
        breaker.ended(d, true, "The provider had an error (HTTP 503).");
    }

    /** Three failed drafts pause the provider; the clock then moves past the 30 s pause. */
    void pauseThenLetItPass() {
        failedDraft();
        failedDraft();
        failedDraft();
        clock.advance(Duration.ofSeconds(30));
    }

    @Test
    void backoffDoublesPerAttemptWithJitterAndIsCapped() {
        assertThat(policy.pause(1, Duration.ZERO, () -> 0.0)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.pause(1, Duration.ZERO, () -> 0.999)).isBetween(Duration.ofMillis(990), Duration.ofSeconds(1));
        assertThat(policy.pause(2, Duration.ZERO, () -> 0.0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.pause(3, Duration.ZERO, () -> 0.0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.pause(3, Duration.ZERO, () -> 0.5)).isEqualTo(Duration.ofSeconds(3));
        // capped at 20 s, still jittered
        assertThat(policy.pause(10, Duration.ZERO, () -> 0.0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.pause(40, Duration.ZERO, () -> 0.999)).isLessThanOrEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void retryAfterIsWaitedOutWhenLongerThanTheBackoffAndTooLongOnesAreNot() {
        assertThat(policy.pause(1, Duration.ofSeconds(7), () -> 0.5)).isEqualTo(Duration.ofSeconds(7));
        assertThat(policy.pause(5, Duration.ofSeconds(1), () -> 0.0)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.tooLong(Duration.ofSeconds(60))).isFalse();
        assertThat(policy.tooLong(Duration.ofSeconds(61))).isTrue();
    }

    @Test
    void attemptsAreBounded() {
        assertThat(policy.another(1)).isTrue();
        assertThat(policy.another(3)).isTrue();
        assertThat(policy.another(4)).isFalse();
        assertThat(new RetryPolicy(0, Duration.ZERO, null, null).another(1)).as("at least one attempt, no retry").isFalse();
    }

    @Test
    void oneDraftsBurstOfFailedCallsDoesNotPause() {
        DraftJobId d = draft();
        assertThat(breaker.admit(d)).isEmpty();
        for (int i = 0; i < 25; i++) {
            breaker.failed(d, "The provider had an error (HTTP 503).", "draft-1");
        }
        assertThat(breaker.mayCall(d)).as("its retries go on").isTrue();
        breaker.succeeded(d);
        breaker.ended(d, false, null);
        assertThat(breaker.state().condition()).isEqualTo(Condition.WORKING);
        assertThat(breaker.state().callsLastHour()).isEqualTo(26);
        assertThat(breaker.state().failuresLastHour()).isEqualTo(25);
    }

    @Test
    void sustainedFailureOfDraftsPausesUntilThePauseIsOver() {
        failedDraft();
        failedDraft();
        assertThat(breaker.state().condition()).isEqualTo(Condition.FAILING);
        failedDraft();
        assertThat(breaker.state().condition()).isEqualTo(Condition.PAUSED);
        assertThat(breaker.state().pausedUntil()).isEqualTo(Instant.parse("2026-11-27T10:00:30Z"));
        assertThat(breaker.admit(draft())).get().asString().contains("paused until").contains("after 3 drafts in a row failed")
                .contains("HTTP 503").contains("an admin can resume");
        clock.advance(Duration.ofSeconds(29));
        assertThat(breaker.admit(draft())).isPresent();
    }

    @Test
    void afterThePauseAWholeDraftProbesAndItsFirstAnswerCloses() {
        pauseThenLetItPass();
        DraftJobId probe = draft();
        assertThat(breaker.admit(probe)).isEmpty();
        assertThat(breaker.state().condition()).isEqualTo(Condition.PROBING);
        // every part of the probe may call, and retry; other drafts wait for it
        assertThat(breaker.mayCall(probe)).isTrue();
        breaker.failed(probe, "The provider had an error (HTTP 503).", "draft-p");
        assertThat(breaker.mayCall(probe)).isTrue();
        DraftJobId other = draft();
        assertThat(breaker.admit(other)).get().asString().contains("another draft is trying it");
        breaker.succeeded(probe);
        assertThat(breaker.state().condition()).isEqualTo(Condition.WORKING);
        assertThat(breaker.admit(other)).isEmpty();
        breaker.ended(probe, false, null);
        assertThat(breaker.state().condition()).isEqualTo(Condition.WORKING);
    }

    @Test
    void aProbeThatFailsPausesAgainAtOnce() {
        failedDraft();
        failedDraft();
        failedDraft();
        clock.advance(Duration.ofSeconds(31));
        failedDraft(); // the probe
        assertThat(breaker.state().condition()).isEqualTo(Condition.PAUSED);
        assertThat(breaker.state().pausedUntil()).isEqualTo(Instant.parse("2026-11-27T10:01:01Z"));
    }

    @Test
    void aCancelledProbeLeavesTheNextDraftToProbe() {
        pauseThenLetItPass();
        DraftJobId probe = draft();
        assertThat(breaker.admit(probe)).isEmpty();
        breaker.ended(probe, false, null);
        DraftJobId next = draft();
        assertThat(breaker.admit(next)).isEmpty();
        assertThat(breaker.mayCall(next)).isTrue();
    }

    @Test
    void aDraftRunningWhenThePauseBeganStopsCalling() {
        DraftJobId slow = draft();
        assertThat(breaker.admit(slow)).isEmpty();
        failedDraft();
        failedDraft();
        failedDraft();
        assertThat(breaker.mayCall(slow)).isFalse();
    }

    @Test
    void aSuccessBetweenFailedDraftsStartsTheCountAgainAndAnAdminResumes() {
        failedDraft();
        failedDraft();
        DraftJobId ok = draft();
        breaker.admit(ok);
        breaker.succeeded(ok);
        breaker.ended(ok, false, null);
        failedDraft();
        failedDraft();
        assertThat(breaker.state().condition()).isEqualTo(Condition.FAILING);
        failedDraft();
        assertThat(breaker.state().paused()).isTrue();
        breaker.resume();
        assertThat(breaker.state().condition()).isEqualTo(Condition.WORKING);
        assertThat(breaker.admit(draft())).isEmpty();
    }

    @Test
    void theLastErrorsAndTheLastHoursCallsAreKept() {
        failedDraft();
        clock.advance(Duration.ofMinutes(61));
        DraftJobId d = draft();
        breaker.admit(d);
        breaker.failed(d, "Nothing answers at http://localhost:11434/v1: check NEWSDESK_LLM_BASE_URL; is the server running?", "draft-9");
        var state = breaker.state();
        assertThat(state.callsLastHour()).isEqualTo(1);
        assertThat(state.failuresLastHour()).isEqualTo(1);
        assertThat(state.lastErrors()).hasSize(10);
        assertThat(state.lastErrors().getFirst().cause()).startsWith("Nothing answers at");
        assertThat(state.lastErrors().getFirst().reference()).isEqualTo("draft-9");
    }
}
