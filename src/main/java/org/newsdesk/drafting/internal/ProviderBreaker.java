package org.newsdesk.drafting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.newsdesk.drafting.DraftJobId;
import org.newsdesk.drafting.ProviderState;
import org.newsdesk.drafting.ProviderState.Condition;

/**
 * The circuit breaker in front of the provider, counting drafts rather than calls: a draft whose
 * calls all failed on the provider (after their retries) is one failure; a draft that got any
 * answer is a success and clears the count. After {@code failuresToOpen} failed drafts in a row the
 * provider is left alone for {@code pause}; the first draft started after that is the probe and may
 * make all its calls (others wait); its first answer closes the breaker, its failure pauses again.
 * One draft's burst of failed parallel calls therefore never opens it. Its state lives in a
 * {@link Store}: in PostgreSQL, shared by every node ({@link SharedBreakerStore}), or in memory.
 */
public final class ProviderBreaker {

    static final int ERRORS_KEPT = 10;
    private static final Duration WINDOW = Duration.ofHours(1);

    /** The breaker's state: what every node must agree on. {@code probe} is the probing draft's job id. */
    public record Shared(Condition condition, Instant pausedUntil, Long probe, int failedDraftsInARow, String lastCause,
            List<ProviderState.ProviderError> errors) {

        static final Shared WORKING = new Shared(Condition.WORKING, null, null, 0, null, List.of());

        Shared closed() {
            return new Shared(Condition.WORKING, null, null, 0, lastCause, errors);
        }

        Shared probing(DraftJobId draft) {
            return new Shared(Condition.PROBING, pausedUntil, draft.value(), failedDraftsInARow, lastCause, errors);
        }

        Shared with(ProviderState.ProviderError error) {
            List<ProviderState.ProviderError> kept = new ArrayList<>(List.of(error));
            kept.addAll(errors.subList(0, Math.min(errors.size(), ERRORS_KEPT - 1)));
            return new Shared(condition, pausedUntil, probe, failedDraftsInARow, lastCause, List.copyOf(kept));
        }
    }

    /** Where the state is kept. */
    public interface Store {
        Shared read();

        /** Applies {@code change} to the state atomically (no other node changes it meanwhile); the new state. */
        Shared change(UnaryOperator<Shared> change);

        /** Whether the draft is still running (on any node): a probe whose node stopped is replaced. */
        boolean running(DraftJobId draft);

        void count(Instant at, boolean failed);

        /** Calls and failures since {@code from}. */
        int[] counted(Instant from);
    }

    private final int failuresToOpen;
    private final Duration pause;
    private final Clock clock;
    private final Store store;

    /** A breaker of this process alone, kept in memory. */
    public ProviderBreaker(int failuresToOpen, Duration pause, Clock clock) {
        this(failuresToOpen, pause, clock, new InMemory());
    }

    public ProviderBreaker(int failuresToOpen, Duration pause, Clock clock, Store store) {
        this.failuresToOpen = Math.max(1, failuresToOpen);
        this.pause = pause;
        this.clock = clock;
        this.store = store;
    }

    /**
     * A draft asks to start: refused (with when and why) while the provider is paused, or while the
     * pause is over and another draft is trying it; the first draft after the pause becomes the probe.
     */
    public Optional<String> admit(DraftJobId draft) {
        String[] refusal = new String[1];
        store.change(s -> {
            refusal[0] = null; // a store may apply a change again
            Instant now = clock.instant();
            if (s.condition() == Condition.PAUSED) {
                if (now.isBefore(s.pausedUntil())) {
                    refusal[0] = pausedMessage(s);
                    return s;
                }
                return s.probing(draft);
            }
            if (s.condition() == Condition.PROBING && !Objects.equals(s.probe(), draft.value())) {
                if (s.probe() == null || !store.running(new DraftJobId(s.probe()))) {
                    return s.probing(draft); // the probe ended without a word (its node stopped): this draft probes
                }
                refusal[0] = "Drafting was paused after " + s.failedDraftsInARow() + " drafts in a row failed on the provider; another draft is "
                        + "trying it again now. Try again in a moment.";
            }
            return s;
        });
        return Optional.ofNullable(refusal[0]);
    }

    /** Whether a draft already running may call the provider now (not once a pause began). */
    public boolean mayCall(DraftJobId draft) {
        Shared s = store.read();
        return switch (s.condition()) {
            case WORKING, FAILING -> true;
            case PROBING -> Objects.equals(s.probe(), draft.value());
            case PAUSED -> false;
        };
    }

    /** A call answered: the provider works (a probe's first answer closes the breaker). */
    public void succeeded(DraftJobId draft) {
        store.count(clock.instant(), false);
        Shared s = store.read();
        if (s.condition() != Condition.WORKING || s.failedDraftsInARow() != 0) {
            store.change(Shared::closed);
        }
    }

    /** A call failed: kept for the admin's view; what counts toward a pause is the draft's outcome. */
    public void failed(DraftJobId draft, String cause, String reference) {
        Instant now = clock.instant();
        store.count(now, true);
        store.change(s -> s.with(new ProviderState.ProviderError(now, cause, reference)));
    }

    /**
     * A draft ended. {@code providerFailed}: none of its calls got an answer and the provider was at
     * fault; a count of these in a row pauses the provider. A probe that ended without an answer
     * pauses it again; one that ended otherwise (cancelled, say) leaves the next draft to probe.
     */
    public void ended(DraftJobId draft, boolean providerFailed, String cause) {
        store.change(s -> {
            boolean wasProbe = Objects.equals(s.probe(), draft.value());
            if (!providerFailed) {
                if (wasProbe && s.condition() == Condition.PROBING) {
                    // the pause is over already: the next draft probes
                    return new Shared(Condition.PAUSED, s.pausedUntil(), null, s.failedDraftsInARow(), s.lastCause(), s.errors());
                }
                return s;
            }
            if (s.condition() == Condition.PAUSED && !wasProbe) {
                // it was refused or stopped by the pause: it says nothing new
                return new Shared(s.condition(), s.pausedUntil(), s.probe(), s.failedDraftsInARow(), cause, s.errors());
            }
            int inARow = s.failedDraftsInARow() + 1;
            if (wasProbe || inARow >= failuresToOpen) {
                return new Shared(Condition.PAUSED, clock.instant().plus(pause), null, inARow, cause, s.errors());
            }
            return new Shared(Condition.FAILING, null, s.probe(), inARow, cause, s.errors());
        });
    }

    /** An admin's resume: calls go to the provider again at once, from every node. */
    public void resume() {
        store.change(Shared::closed);
    }

    public ProviderState state() {
        Instant now = clock.instant();
        Shared s = store.read();
        Condition shown = s.condition() == Condition.PAUSED && !now.isBefore(s.pausedUntil())
                ? Condition.FAILING // the pause is over: the next draft tries it
                : s.condition();
        int[] counted = store.counted(now.minus(WINDOW));
        return new ProviderState(shown, shown == Condition.PAUSED ? s.pausedUntil() : null, s.failedDraftsInARow(), s.errors(), counted[0], counted[1]);
    }

    /** What a refused draft is told. */
    String pausedMessage() {
        return pausedMessage(store.read());
    }

    private static String pausedMessage(Shared s) {
        return "Drafting is paused until " + (s.pausedUntil() == null ? "the provider answers again" : Messages.time(s.pausedUntil())) + " after "
                + s.failedDraftsInARow() + " drafts in a row failed on the provider"
                + (s.lastCause() == null ? "" : " (last: " + Messages.withoutStop(s.lastCause()) + ")") + ". It tries again by itself then; an admin can "
                + "resume it at once under Prompts and AI cost.";
    }

    /** The state in this process's memory (for unit tests, and a breaker of one node). */
    static final class InMemory implements Store {
        private Shared state = Shared.WORKING;
        private final Deque<Instant> calls = new ArrayDeque<>();
        private final Deque<Instant> failures = new ArrayDeque<>();

        @Override
        public synchronized Shared read() {
            return state;
        }

        @Override
        public synchronized Shared change(UnaryOperator<Shared> change) {
            state = change.apply(state);
            return state;
        }

        @Override
        public boolean running(DraftJobId draft) {
            return true;
        }

        @Override
        public synchronized void count(Instant at, boolean failed) {
            calls.addLast(at);
            if (failed) {
                failures.addLast(at);
            }
            while (calls.size() > 100_000) {
                calls.removeFirst();
            }
            while (failures.size() > 100_000) {
                failures.removeFirst();
            }
        }

        @Override
        public synchronized int[] counted(Instant from) {
            calls.removeIf(t -> t.isBefore(from));
            failures.removeIf(t -> t.isBefore(from));
            return new int[] {calls.size(), failures.size()};
        }
    }
}
