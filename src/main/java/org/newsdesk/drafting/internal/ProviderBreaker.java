package org.newsdesk.drafting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.newsdesk.drafting.DraftJobId;
import org.newsdesk.drafting.ProviderState;

/**
 * The circuit breaker in front of the provider, counting drafts rather than calls: a draft whose
 * calls all failed on the provider (after their retries) is one failure; a draft that got any
 * answer is a success and clears the count. After {@code failuresToOpen} failed drafts in a row the
 * provider is left alone for {@code pause}; the first draft started after that is the probe and may
 * make all its calls (others wait); its first answer closes the breaker, its failure pauses again.
 * One draft's burst of failed parallel calls therefore never opens it. Kept per node, in memory.
 */
public final class ProviderBreaker {

    private static final int ERRORS_KEPT = 10;
    private static final Duration WINDOW = Duration.ofHours(1);

    private final int failuresToOpen;
    private final Duration pause;
    private final Clock clock;

    private ProviderState.Condition condition = ProviderState.Condition.WORKING;
    private Instant pausedUntil;
    private DraftJobId probe;
    private int failedDraftsInARow;
    private String lastCause;
    private final Deque<ProviderState.ProviderError> errors = new ArrayDeque<>();
    /** Recent calls: when, and whether they failed; pruned to the last hour. */
    private final Deque<Instant> calls = new ArrayDeque<>();
    private final Deque<Instant> failures = new ArrayDeque<>();

    public ProviderBreaker(int failuresToOpen, Duration pause, Clock clock) {
        this.failuresToOpen = Math.max(1, failuresToOpen);
        this.pause = pause;
        this.clock = clock;
    }

    /**
     * A draft asks to start: refused (with when and why) while the provider is paused, or while the
     * pause is over and another draft is trying it; the first draft after the pause becomes the probe.
     */
    public synchronized Optional<String> admit(DraftJobId draft) {
        Instant now = clock.instant();
        if (condition == ProviderState.Condition.PAUSED) {
            if (now.isBefore(pausedUntil)) {
                return Optional.of(pausedMessage());
            }
            condition = ProviderState.Condition.PROBING;
            probe = draft;
        } else if (condition == ProviderState.Condition.PROBING && !draft.equals(probe)) {
            return Optional.of("Drafting was paused after " + failedDraftsInARow + " drafts in a row failed on the provider; another draft is trying it "
                    + "again now. Try again in a moment.");
        }
        return Optional.empty();
    }

    /** Whether a draft already running may call the provider now (not once a pause began). */
    public synchronized boolean mayCall(DraftJobId draft) {
        return switch (condition) {
            case WORKING, FAILING -> true;
            case PROBING -> draft.equals(probe);
            case PAUSED -> false;
        };
    }

    /** A call answered: the provider works (a probe's first answer closes the breaker). */
    public synchronized void succeeded(DraftJobId draft) {
        record(false);
        close();
    }

    /** A call failed: kept for the admin's view; what counts toward a pause is the draft's outcome. */
    public synchronized void failed(DraftJobId draft, String cause, String reference) {
        record(true);
        errors.addFirst(new ProviderState.ProviderError(clock.instant(), cause, reference));
        while (errors.size() > ERRORS_KEPT) {
            errors.removeLast();
        }
    }

    /**
     * A draft ended. {@code providerFailed}: none of its calls got an answer and the provider was at
     * fault; a count of these in a row pauses the provider. A probe that ended without an answer
     * pauses it again; one that ended otherwise (cancelled, say) leaves the next draft to probe.
     */
    public synchronized void ended(DraftJobId draft, boolean providerFailed, String cause) {
        boolean wasProbe = draft.equals(probe);
        if (!providerFailed) {
            if (wasProbe && condition == ProviderState.Condition.PROBING) {
                probe = null;
                condition = ProviderState.Condition.PAUSED; // pause already over: the next draft probes
            }
            return;
        }
        lastCause = cause;
        if (condition == ProviderState.Condition.PAUSED && !wasProbe) {
            return; // it was refused or stopped by the pause: it says nothing new
        }
        failedDraftsInARow++;
        if (wasProbe || failedDraftsInARow >= failuresToOpen) {
            condition = ProviderState.Condition.PAUSED;
            pausedUntil = clock.instant().plus(pause);
            probe = null;
        } else {
            condition = ProviderState.Condition.FAILING;
        }
    }

    /** An admin's resume: calls go to the provider again at once. */
    public synchronized void resume() {
        close();
    }

    public synchronized ProviderState state() {
        prune(clock.instant());
        ProviderState.Condition shown = condition == ProviderState.Condition.PAUSED && !clock.instant().isBefore(pausedUntil)
                ? ProviderState.Condition.FAILING // the pause is over: the next draft tries it
                : condition;
        return new ProviderState(shown, shown == ProviderState.Condition.PAUSED ? pausedUntil : null, failedDraftsInARow, List.copyOf(errors),
                calls.size(), failures.size());
    }

    /** What a refused draft is told. */
    synchronized String pausedMessage() {
        return "Drafting is paused until " + Messages.time(pausedUntil) + " after " + failedDraftsInARow + " drafts in a row failed on the provider"
                + (lastCause == null ? "" : " (last: " + Messages.withoutStop(lastCause) + ")") + ". It tries again by itself then; an admin can resume "
                + "it at once under Prompts and AI cost.";
    }

    private void close() {
        condition = ProviderState.Condition.WORKING;
        failedDraftsInARow = 0;
        pausedUntil = null;
        probe = null;
    }

    private void record(boolean failed) {
        Instant now = clock.instant();
        calls.addLast(now);
        if (failed) {
            failures.addLast(now);
        }
        prune(now);
    }

    private void prune(Instant now) {
        Instant from = now.minus(WINDOW);
        while (!calls.isEmpty() && calls.peekFirst().isBefore(from)) {
            calls.removeFirst();
        }
        while (!failures.isEmpty() && failures.peekFirst().isBefore(from)) {
            failures.removeFirst();
        }
        while (calls.size() > 100_000) {
            calls.removeFirst();
        }
        while (failures.size() > 100_000) {
            failures.removeFirst();
        }
    }
}
